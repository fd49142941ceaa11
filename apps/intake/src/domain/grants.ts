/**
 * Access that other services' decisions open to a person's details, rebuilt from their events.
 * Events arrive at least once and in no guaranteed order across topics, so each rule below is
 * a merge that gives the same state whatever the order and however often an event repeats.
 */

export interface ReferralGrant {
  referralId: string;
  victimRef: string;
  agencyId: string;
  acceptedAt?: string;
  closedAt?: string;
}

export type ReferralFact = { kind: 'accepted'; at: string } | { kind: 'closed'; at: string };

export function applyReferralFact(
  state: ReferralGrant | undefined,
  ids: Pick<ReferralGrant, 'referralId' | 'victimRef' | 'agencyId'>,
  fact: ReferralFact,
): ReferralGrant {
  const base: ReferralGrant = state ?? { ...ids };
  return fact.kind === 'accepted'
    ? { ...base, acceptedAt: latest(base.acceptedAt, fact.at) }
    : { ...base, closedAt: latest(base.closedAt, fact.at) };
}

/**
 * An agency reads while its referral is accepted and not closed. A close that happened before the
 * latest acceptance (a referral accepted again) does not count; one at the same instant does.
 */
export function referralGrantsAccess(grant: ReferralGrant): boolean {
  if (grant.acceptedAt === undefined) return false;
  return grant.closedAt === undefined || Date.parse(grant.closedAt) < Date.parse(grant.acceptedAt);
}

export interface CaseGrant {
  caseId: string;
  /** The office holding the case, as of `officeAt`. */
  officeId?: string;
  officeAt?: string;
  victimRefs: string[];
  /** Set once the case was merged away: it grants nothing, its victims follow `mergedInto`. */
  mergedInto?: string;
  mergedAt?: string;
}

export interface CaseFact {
  caseId: string;
  /** Which office holds the case at `at` (every case event says so). */
  officeId: string;
  victimRefs: string[];
  at: string;
  mergedInto?: string;
}

/**
 * Victim links only grow; the holding office is the one named by the latest event (a transfer
 * that arrives before the opening still wins); a merge is final.
 */
export function applyCaseFact(state: CaseGrant | undefined, fact: CaseFact): CaseGrant {
  const base: CaseGrant = state ?? { caseId: fact.caseId, victimRefs: [] };
  const newer = base.officeAt === undefined || Date.parse(fact.at) >= Date.parse(base.officeAt);
  const next: CaseGrant = {
    ...base,
    victimRefs: [...new Set([...base.victimRefs, ...fact.victimRefs])].sort(),
    ...(newer ? { officeId: fact.officeId, officeAt: fact.at } : {}),
  };
  if (fact.mergedInto !== undefined && base.mergedInto === undefined) {
    next.mergedInto = fact.mergedInto;
    next.mergedAt = fact.at;
  }
  return next;
}

function latest(a: string | undefined, b: string): string {
  return a === undefined || Date.parse(b) > Date.parse(a) ? b : a;
}
