import { accessScope, AccessScope, Principal, ScopeRules } from '@relais/auth';
import { Referral } from '../../domain/referral';
import { ReferralErrorCode, ReferralException } from '../../domain/referral-errors';
import { ReferralRepository } from '../../persistence/referral.repository';

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

/**
 * The referral a caseworker acts on, locked until the transaction ends. Scoped in the query: a
 * referral of another agency is not found, exactly like a missing one.
 */
export async function referralToActOn(referrals: ReferralRepository, principal: Principal, id: string): Promise<Referral> {
  const referral = await referrals.findScopedForUpdate(referralActionScope(principal), id);
  if (!referral) throw new ReferralException(ReferralErrorCode.ReferralNotFound, { id });
  return referral;
}

/**
 * Who follows where referrals stand (coarse status only, no note): the officers of the unit that
 * identified the person, the supervisor of the identification's region, the coordinator. The
 * scope applies to the identification, in the query.
 */
export const REFERRAL_STATUS_SCOPE_RULES: ScopeRules = {
  police_officer: 'unit',
  police_supervisor: 'region',
  coordinator: 'all',
};

export function referralStatusScope(principal: Principal): AccessScope {
  return accessScope(principal, REFERRAL_STATUS_SCOPE_RULES);
}
