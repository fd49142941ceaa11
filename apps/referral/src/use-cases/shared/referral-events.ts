import {
  ReferralAcceptedV1, ReferralAcknowledgedV1, ReferralClosedV1, ReferralCreatedV1, ReferralDeclinedV1, ReferralEscalatedV1,
  ReferralFactsV1,
} from '@relais/contracts';
import { Escalation } from '../../domain/escalation';
import { Referral } from '../../domain/referral';

/**
 * Event payloads, built field by field from the referral: never by spreading it, so that nothing
 * the contract does not name (a caseworker's note, above all) can slip into an event.
 */
export function referralFacts(r: Referral): ReferralFactsV1 {
  return {
    referralId: r.id,
    reference: r.reference,
    victimRef: r.victimRef,
    identificationId: r.identificationId,
    agencyId: r.agencyId,
    need: r.need,
  };
}

export function createdEvent(r: Referral): ReferralCreatedV1 {
  if (!r.dueBy) throw new Error(`referral ${r.id} was created without a deadline`);
  return {
    ...referralFacts(r),
    agencyType: r.agencyType,
    urgent: r.urgent,
    region: r.region,
    isMinor: r.isMinor,
    ageGroup: r.ageGroup,
    sex: r.sex,
    createdAt: r.createdAt.toISOString(),
    dueBy: r.dueBy.toISOString(),
    ...(r.reroutedFrom ? { reroutedFrom: r.reroutedFrom } : {}),
  };
}

export function acknowledgedEvent(r: Referral): ReferralAcknowledgedV1 {
  if (!r.acknowledgedAt || !r.dueBy) throw new Error(`referral ${r.id} is not acknowledged`);
  return { ...referralFacts(r), acknowledgedAt: r.acknowledgedAt.toISOString(), dueBy: r.dueBy.toISOString() };
}

export function acceptedEvent(r: Referral): ReferralAcceptedV1 {
  if (!r.acceptedAt) throw new Error(`referral ${r.id} is not accepted`);
  return { ...referralFacts(r), acceptedAt: r.acceptedAt.toISOString() };
}

export function declinedEvent(r: Referral): ReferralDeclinedV1 {
  if (!r.declinedAt || !r.declineReason) throw new Error(`referral ${r.id} is not declined`);
  return { ...referralFacts(r), declinedAt: r.declinedAt.toISOString(), reason: r.declineReason };
}

export function closedEvent(r: Referral): ReferralClosedV1 {
  if (!r.closedAt || !r.outcome) throw new Error(`referral ${r.id} is not closed`);
  return { ...referralFacts(r), closedAt: r.closedAt.toISOString(), outcome: r.outcome };
}

export function escalatedEvent(e: Escalation): ReferralEscalatedV1 {
  return {
    escalationId: e.id,
    ...(e.referralId ? { referralId: e.referralId } : {}),
    ...(e.reference ? { reference: e.reference } : {}),
    victimRef: e.victimRef,
    identificationId: e.identificationId,
    ...(e.agencyId ? { agencyId: e.agencyId } : {}),
    need: e.need,
    urgent: e.urgent,
    region: e.region,
    cause: e.cause,
    escalatedAt: e.escalatedAt.toISOString(),
    ...(e.reroutedTo ? { reroutedTo: e.reroutedTo } : {}),
  };
}
