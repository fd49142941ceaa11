import { Principal } from '../principal';
import { accessScope, scopeLabel, ScopeRules } from './access-scope';
import { scopeFilter } from './scope-filter';

const referralRules: ScopeRules = {
  agency_caseworker: 'agency',
  agency_admin: 'agency',
  coordinator: 'all',
  police_supervisor: 'region',
  police_officer: 'unit',
};

const principal = (roles: Principal['roles'], claims: Partial<Principal> = {}): Principal => ({ sub: 'u', roles, ...claims });

describe('accessScope', () => {
  it('gives each role the scope of the rule table', () => {
    expect(accessScope(principal(['agency_caseworker'], { agencyId: 'a1' }), referralRules)).toEqual({ kind: 'agency', agencyId: 'a1' });
    expect(accessScope(principal(['coordinator']), referralRules)).toEqual({ kind: 'all' });
    expect(accessScope(principal(['police_officer'], { unitId: 'u9' }), referralRules)).toEqual({ kind: 'unit', unitId: 'u9' });
    expect(accessScope(principal(['police_supervisor'], { region: 'kayes' }), referralRules)).toEqual({ kind: 'region', region: 'kayes' });
    expect(accessScope(principal(['prosecutor'], { jurisdiction: 'p1' }), { prosecutor: 'jurisdiction' })).toEqual({
      kind: 'jurisdiction',
      officeId: 'p1',
    });
  });

  it('gives nothing to a role the table leaves out', () => {
    expect(accessScope(principal(['statistician']), referralRules)).toEqual({ kind: 'none' });
  });

  it('gives nothing when the claim the rule needs is missing', () => {
    expect(accessScope(principal(['agency_caseworker']), referralRules)).toEqual({ kind: 'none' });
    expect(accessScope(principal(['police_officer'], { agencyId: 'a1' }), referralRules)).toEqual({ kind: 'none' });
  });

  it('gives the broadest scope to a principal holding several roles', () => {
    const both = principal(['police_officer', 'police_supervisor'], { unitId: 'u9', region: 'kayes' });
    expect(accessScope(both, referralRules)).toEqual({ kind: 'region', region: 'kayes' });
    expect(accessScope(principal(['agency_admin', 'coordinator'], { agencyId: 'a1' }), referralRules)).toEqual({ kind: 'all' });
  });

  it('ignores a broader role whose claim is missing', () => {
    const both = principal(['police_officer', 'police_supervisor'], { unitId: 'u9' });
    expect(accessScope(both, referralRules)).toEqual({ kind: 'unit', unitId: 'u9' });
  });
});

describe('scopeLabel', () => {
  it('names the scope for an audit entry', () => {
    expect(scopeLabel({ kind: 'unit', unitId: 'u9' })).toBe('unit:u9');
    expect(scopeLabel({ kind: 'region', region: 'kayes' })).toBe('region:kayes');
    expect(scopeLabel({ kind: 'agency', agencyId: 'a1' })).toBe('agency:a1');
    expect(scopeLabel({ kind: 'jurisdiction', officeId: 'p1' })).toBe('jurisdiction:p1');
    expect(scopeLabel({ kind: 'all' })).toBe('all');
    expect(scopeLabel({ kind: 'none' })).toBe('none');
  });
});

describe('scopeFilter', () => {
  const columns = { agency: 'r.agency_id', unit: 'r.unit_id' };

  it('confines the query to the scope', () => {
    expect(scopeFilter({ kind: 'agency', agencyId: 'a1' }, columns)).toEqual({ sql: 'r.agency_id = :scopeAgencyId', params: { scopeAgencyId: 'a1' } });
    expect(scopeFilter({ kind: 'unit', unitId: 'u9' }, columns)).toEqual({ sql: 'r.unit_id = :scopeUnitId', params: { scopeUnitId: 'u9' } });
    expect(scopeFilter({ kind: 'all' }, columns)).toEqual({ sql: 'TRUE', params: {} });
    expect(scopeFilter({ kind: 'none' }, columns)).toEqual({ sql: 'FALSE', params: {} });
  });

  it('matches nothing for a scope the query has no column for', () => {
    expect(scopeFilter({ kind: 'region', region: 'kayes' }, columns)).toEqual({ sql: 'FALSE', params: {} });
  });

  it('refuses a column that is not an identifier', () => {
    expect(() => scopeFilter({ kind: 'agency', agencyId: 'a1' }, { agency: 'agency_id OR TRUE' })).toThrow(/not a column name/);
  });
});
