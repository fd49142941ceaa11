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
