import { accessScope, AccessScope, Principal, ScopeRules } from '@relais/auth';

/** Who sees which referrals: an agency its own, the national coordinator all of them. Everyone else none. */
export const REFERRAL_SCOPE_RULES: ScopeRules = {
  agency_caseworker: 'agency',
  agency_admin: 'agency',
  coordinator: 'all',
};

/**
 * Who may act on a referral (acknowledge, accept, decline, close): a caseworker of the agency it
 * is addressed to, no one else. Checked in the query itself, not only by the controller's roles.
 */
export const REFERRAL_ACTION_SCOPE_RULES: ScopeRules = {
  agency_caseworker: 'agency',
};

export function referralScope(principal: Principal): AccessScope {
  return accessScope(principal, REFERRAL_SCOPE_RULES);
}

export function referralActionScope(principal: Principal): AccessScope {
  return accessScope(principal, REFERRAL_ACTION_SCOPE_RULES);
}
