import { AccessScope, accessScope, Principal, ScopeRules, scopeFilter, ScopeFilter } from '@relais/auth';

/** Who sees which cases: a prosecutor those of their office (token `jurisdiction`), the coordinator all. */
export const CASE_SCOPE_RULES: ScopeRules = { prosecutor: 'jurisdiction', coordinator: 'all' };

export function caseScope(principal: Principal): AccessScope {
  return accessScope(principal, CASE_SCOPE_RULES);
}

/** The WHERE condition confining a query on `cases` (aliased `alias`) to the scope. */
export function caseFilter(scope: AccessScope, alias = 'c'): ScopeFilter {
  return scopeFilter(scope, { jurisdiction: `${alias}.office_id` });
}

/**
 * Who may see whether a case is open for the persons they identified (reference, office, stage;
 * nothing of its content): the identifying unit's officers, their region's supervisor, the
 * coordinator. Applied to the identification, in the query.
 */
export const CASE_STATUS_SCOPE_RULES: ScopeRules = { police_officer: 'unit', police_supervisor: 'region', coordinator: 'all' };

export function caseStatusScope(principal: Principal): AccessScope {
  return accessScope(principal, CASE_STATUS_SCOPE_RULES);
}

/** The WHERE condition confining a query on `identifications` (aliased `alias`) to a police scope. */
export function identificationFilter(scope: AccessScope, alias = 'i'): ScopeFilter {
  return scopeFilter(scope, { unit: `${alias}.unit_id`, region: `${alias}.region` });
}
