import { randomInt } from 'node:crypto';
import { hasAnyRole, isRole, Principal, Role } from '@relais/auth';

/** The roles an agency's accounts may hold; anything else is managed elsewhere (Keycloak's console). */
export const AGENCY_ACCOUNT_ROLES = ['agency_caseworker', 'agency_admin'] as const satisfies readonly Role[];
export type AgencyAccountRole = (typeof AGENCY_ACCOUNT_ROLES)[number];

/** An account as the identity provider holds it, reduced to what the rules and the API need. */
export interface Account {
  id: string;
  username: string;
  enabled: boolean;
  createdAt: Date | null;
  /** Effective realm roles (direct, composite and through groups). */
  roles: string[];
  /** Paths of the groups the account belongs to, e.g. `/agencies/demo-cp-mopti`. */
  groups: string[];
  /** Whether an address is on file (the address itself never leaves the provider through us). */
  hasEmail: boolean;
}

/** The organisation group whose attributes become an agency's `agencyId` and `region` claims. */
export function agencyGroupPath(agencyId: string): string {
  return `/agencies/${agencyId}`;
}

function nationalManager(principal: Principal): boolean {
  return hasAnyRole(principal, 'coordinator', 'system_admin');
}

/** Coordinators and system administrators manage every agency's accounts; an agency administrator only their own. */
export function mayManageAgencyAccounts(principal: Principal, agencyId: string): boolean {
  if (nationalManager(principal)) return true;
  return hasAnyRole(principal, 'agency_admin') && principal.agencyId === agencyId;
}

/** The roles this caller may hand out: an agency administrator never makes another administrator. */
export function grantableRoles(principal: Principal): readonly AgencyAccountRole[] {
  if (nationalManager(principal)) return AGENCY_ACCOUNT_ROLES;
  if (hasAnyRole(principal, 'agency_admin')) return ['agency_caseworker'];
  return [];
}

/** Whether a coordinator may create the agency's group on the fly (an agency added to the directory after the realm). */
export function mayCreateAgencyGroup(principal: Principal): boolean {
  return nationalManager(principal);
}

export type AccountAccess = 'allowed' | 'notFound' | 'notManageable';

/**
 * May this caller change this account through this agency's route? Outside the agency's group the
 * account is "not found", whether it exists or not, so an id cannot be probed. Inside it, an account
 * holding any Relais role the caller could not have granted (another administrator, a coordinator
 * parked in the group) is off limits: an agency administrator cannot lock out their peers or
 * themselves, nor a national account.
 */
export function accountAccess(principal: Principal, agencyId: string, account: Pick<Account, 'groups' | 'roles'>): AccountAccess {
  if (!mayManageAgencyAccounts(principal, agencyId)) return 'notFound';
  if (!account.groups.includes(agencyGroupPath(agencyId))) return 'notFound';
  const grantable: readonly string[] = grantableRoles(principal);
  const beyond = account.roles.filter(isRole).filter((role) => !grantable.includes(role));
  return beyond.length ? 'notManageable' : 'allowed';
}

/** The agency roles an account holds, as the list shows them. */
export function agencyRolesOf(account: Pick<Account, 'roles'>): AgencyAccountRole[] {
  return AGENCY_ACCOUNT_ROLES.filter((role) => account.roles.includes(role));
}

// No look-alikes (0/O, 1/l/I): the password is read aloud or copied from a screen.
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!?#%+=';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/**
 * A one-time password that satisfies any reasonable realm policy (length, each character class
 * twice), to be changed at first sign-in. `pick(n)` returns a uniform integer below n.
 */
export function temporaryPassword(length = 20, pick: (n: number) => number = randomInt): string {
  const chars = [LOWER, LOWER, UPPER, UPPER, DIGITS, DIGITS, SYMBOLS, SYMBOLS].map((set) => set[pick(set.length)]);
  while (chars.length < length) chars.push(ALL[pick(ALL.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
