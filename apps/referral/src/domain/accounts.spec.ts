import { Principal } from '@relais/auth';
import { accountAccess, agencyRolesOf, grantableRoles, mayCreateAgencyGroup, mayManageAgencyAccounts, temporaryPassword } from './accounts';

const adminMopti: Principal = { sub: 'a1', roles: ['agency_admin'], agencyId: 'demo-cp-mopti' };
const caseworkerMopti: Principal = { sub: 'c1', roles: ['agency_caseworker'], agencyId: 'demo-cp-mopti' };
const coordinator: Principal = { sub: 'k1', roles: ['coordinator'] };
const sysadmin: Principal = { sub: 's1', roles: ['system_admin'] };
const officer: Principal = { sub: 'o1', roles: ['police_officer'], unitId: 'unit-mopti' };
const adminWithoutAgency: Principal = { sub: 'a2', roles: ['agency_admin'] };

const inMopti = (roles: string[]) => ({ groups: ['/agencies/demo-cp-mopti'], roles: ['default-roles-relais', 'offline_access', ...roles] });

describe('who manages which agency accounts', () => {
  it('lets an agency administrator manage their own agency only; coordinators and system administrators any', () => {
    expect(mayManageAgencyAccounts(adminMopti, 'demo-cp-mopti')).toBe(true);
    expect(mayManageAgencyAccounts(adminMopti, 'demo-cp-kayes')).toBe(false);
    expect(mayManageAgencyAccounts(adminWithoutAgency, 'demo-cp-mopti')).toBe(false);
    expect(mayManageAgencyAccounts(caseworkerMopti, 'demo-cp-mopti')).toBe(false);
    expect(mayManageAgencyAccounts(officer, 'demo-cp-mopti')).toBe(false);
    expect(mayManageAgencyAccounts(coordinator, 'demo-cp-kayes')).toBe(true);
    expect(mayManageAgencyAccounts(sysadmin, 'demo-cp-kayes')).toBe(true);
  });

  it('lets an agency administrator grant the caseworker role only, never their own', () => {
    expect(grantableRoles(adminMopti)).toEqual(['agency_caseworker']);
    expect(grantableRoles(coordinator)).toEqual(['agency_caseworker', 'agency_admin']);
    expect(grantableRoles(sysadmin)).toEqual(['agency_caseworker', 'agency_admin']);
    expect(grantableRoles(caseworkerMopti)).toEqual([]);
    expect(mayCreateAgencyGroup(adminMopti)).toBe(false);
    expect(mayCreateAgencyGroup(coordinator)).toBe(true);
  });

  it('hides accounts outside the agency group, whatever the caller', () => {
    const elsewhere = { groups: ['/agencies/demo-cp-kayes'], roles: ['agency_caseworker'] };
    const police = { groups: ['/units/unit-mopti'], roles: ['police_officer'] };
    const noGroup = { groups: [], roles: ['agency_caseworker'] };
    for (const account of [elsewhere, police, noGroup]) {
      expect(accountAccess(adminMopti, 'demo-cp-mopti', account)).toBe('notFound');
      expect(accountAccess(coordinator, 'demo-cp-mopti', account)).toBe('notFound');
    }
    // A sub-group whose path only starts like the agency's is not the agency.
    expect(accountAccess(adminMopti, 'demo-cp-mopti', { groups: ['/agencies/demo-cp-mopti-annexe'], roles: [] })).toBe('notFound');
  });

  it('hides even the agency\'s own accounts from a caller who may not manage that agency', () => {
    expect(accountAccess(adminMopti, 'demo-cp-kayes', { groups: ['/agencies/demo-cp-kayes'], roles: ['agency_caseworker'] })).toBe('notFound');
    expect(accountAccess(caseworkerMopti, 'demo-cp-mopti', inMopti(['agency_caseworker']))).toBe('notFound');
  });

  it('lets an agency administrator change caseworkers, not administrators (themselves included) nor national accounts', () => {
    expect(accountAccess(adminMopti, 'demo-cp-mopti', inMopti(['agency_caseworker']))).toBe('allowed');
    expect(accountAccess(adminMopti, 'demo-cp-mopti', inMopti([]))).toBe('allowed');
    expect(accountAccess(adminMopti, 'demo-cp-mopti', inMopti(['agency_admin']))).toBe('notManageable');
    expect(accountAccess(adminMopti, 'demo-cp-mopti', inMopti(['agency_caseworker', 'agency_admin']))).toBe('notManageable');
    expect(accountAccess(adminMopti, 'demo-cp-mopti', inMopti(['coordinator']))).toBe('notManageable');
  });

  it('lets a coordinator change an agency\'s caseworkers and administrators, not other national accounts', () => {
    expect(accountAccess(coordinator, 'demo-cp-mopti', inMopti(['agency_admin']))).toBe('allowed');
    expect(accountAccess(coordinator, 'demo-cp-mopti', inMopti(['system_admin']))).toBe('notManageable');
    expect(accountAccess(sysadmin, 'demo-cp-mopti', inMopti(['prosecutor']))).toBe('notManageable');
  });

  it('shows only the agency roles of an account', () => {
    expect(agencyRolesOf({ roles: ['offline_access', 'agency_admin', 'agency_caseworker'] })).toEqual(['agency_caseworker', 'agency_admin']);
  });
});

describe('temporary passwords', () => {
  it('have the length asked, two of each character class and no look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(password).toHaveLength(20);
      expect(password.match(/[a-z]/g)!.length).toBeGreaterThanOrEqual(2);
      expect(password.match(/[A-Z]/g)!.length).toBeGreaterThanOrEqual(2);
      expect(password.match(/[0-9]/g)!.length).toBeGreaterThanOrEqual(2);
      expect(password.match(/[^A-Za-z0-9]/g)!.length).toBeGreaterThanOrEqual(2);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it('differ from one call to the next', () => {
    expect(new Set(Array.from({ length: 50 }, () => temporaryPassword())).size).toBe(50);
  });
});
