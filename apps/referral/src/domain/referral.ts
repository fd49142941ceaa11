import { AgeBand, DeclineReason, Need, OrganisationType, ReferralOutcome, ReferralStatus, Region, Sex } from '@relais/contracts';
import { ReferralErrorCode, ReferralException } from './referral-errors';
import { dueAt } from './routing-rules';

/** Statuses in which an agency still owes the person something. */
export const OPEN_STATUSES = ['pending', 'acknowledged', 'accepted'] as const satisfies readonly ReferralStatus[];

/** Outcomes a caseworker records; the others are set by the service itself. */
export const AGENCY_OUTCOMES = ['serviceProvided', 'personDeclined', 'unreachable', 'transferred'] as const satisfies readonly ReferralOutcome[];
export type AgencyOutcome = (typeof AGENCY_OUTCOMES)[number];
export type SystemOutcome = Exclude<ReferralOutcome, AgencyOutcome>;

/** What a referral is made with (newReferral): the person's coarse facts, the agency, the need, the rules that routed it. */
export interface ReferralFacts {
  id: string;
  reference: string;
  victimRef: string;
  identificationId: string;
  agencyId: string;
  agencyType: OrganisationType;
  need: Need;
  urgent: boolean;
  region: Region;
  isMinor: boolean;
  ageGroup: AgeBand;
  sex: Sex;
  rulesVersion: number;
  reroutedFrom: string | null;
}

export interface Referral extends ReferralFacts {
  status: ReferralStatus;
  version: number;
  /** The running deadline (to acknowledge while pending, to accept once acknowledged); null when none runs. */
  dueBy: Date | null;
  createdAt: Date;
  updatedAt: Date;
  acknowledgedAt: Date | null;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  declineReason: DeclineReason | null;
  /** Free text: may name people, so it stays in this service and never goes into an event. */
  declineNote: string | null;
  escalatedAt: Date | null;
  closedAt: Date | null;
  outcome: ReferralOutcome | null;
  closeNote: string | null;
  /** Accepting took one of the agency's beds, to be given back on closure. */
  bedHeld: boolean;
}

export type ReferralAction = 'acknowledge' | 'accept' | 'decline' | 'close' | 'escalate' | 'closeBySystem';

/** The whole lifecycle. Everything not listed here is refused with 409. */
export const TRANSITIONS: Readonly<Record<ReferralAction, { from: readonly ReferralStatus[]; to: ReferralStatus }>> = {
  acknowledge: { from: ['pending'], to: 'acknowledged' },
  accept: { from: ['acknowledged'], to: 'accepted' },
  decline: { from: ['pending', 'acknowledged'], to: 'declined' },
  close: { from: ['accepted'], to: 'closed' },
  escalate: { from: ['pending', 'acknowledged'], to: 'escalated' },
  closeBySystem: { from: OPEN_STATUSES, to: 'closed' },
};

export function isOpen(referral: Pick<Referral, 'status'>): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(referral.status);
}

export function canTransition(status: ReferralStatus, action: ReferralAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export function isOverdue(referral: Pick<Referral, 'dueBy' | 'status'>, now: Date): boolean {
  return referral.dueBy !== null && referral.dueBy <= now && canTransition(referral.status, 'escalate');
}

export interface NewReferral extends ReferralFacts {
  acknowledgeMinutes: number;
}

export function newReferral(input: NewReferral, now: Date): Referral {
  const { acknowledgeMinutes, ...facts } = input;
  return {
    ...facts,
    status: 'pending',
    version: 1,
    dueBy: dueAt(now, acknowledgeMinutes),
    createdAt: now,
    updatedAt: now,
    acknowledgedAt: null,
    acceptedAt: null,
    declinedAt: null,
    declineReason: null,
    declineNote: null,
    escalatedAt: null,
    closedAt: null,
    outcome: null,
    closeNote: null,
    bedHeld: false,
  };
}

/** The caller must have seen the current version (optimistic concurrency), and the move must be legal. */
function transition(referral: Referral, action: ReferralAction, expectedVersion: number | null, now: Date): Referral {
  if (expectedVersion !== null && expectedVersion !== referral.version) {
    throw new ReferralException(ReferralErrorCode.VersionStale, {
      id: referral.id,
      version: expectedVersion,
      currentVersion: referral.version,
    });
  }
  if (!canTransition(referral.status, action)) {
    throw new ReferralException(ReferralErrorCode.IllegalTransition, { id: referral.id, status: referral.status, action });
  }
  return { ...referral, status: TRANSITIONS[action].to, version: referral.version + 1, updatedAt: now };
}

export function acknowledge(referral: Referral, expectedVersion: number, now: Date, acceptMinutes: number): Referral {
  return { ...transition(referral, 'acknowledge', expectedVersion, now), acknowledgedAt: now, dueBy: dueAt(now, acceptMinutes) };
}

export function accept(referral: Referral, expectedVersion: number, now: Date, bedTaken: boolean): Referral {
  return { ...transition(referral, 'accept', expectedVersion, now), acceptedAt: now, dueBy: null, bedHeld: bedTaken };
}

export function decline(referral: Referral, expectedVersion: number, now: Date, reason: DeclineReason, note: string | null): Referral {
  return { ...transition(referral, 'decline', expectedVersion, now), declinedAt: now, declineReason: reason, declineNote: note, dueBy: null };
}

/** The bed, if one was taken, is handed back by the caller (it belongs to the agency's row). */
export function close(referral: Referral, expectedVersion: number, now: Date, outcome: AgencyOutcome, note: string | null): Referral {
  return { ...transition(referral, 'close', expectedVersion, now), closedAt: now, outcome, closeNote: note, dueBy: null, bedHeld: false };
}

export function closeBySystem(referral: Referral, now: Date, outcome: SystemOutcome): Referral {
  return { ...transition(referral, 'closeBySystem', null, now), closedAt: now, outcome, dueBy: null, bedHeld: false };
}

/** A deadline passed with the agency silent: the referral ends here and the need is re-routed. */
export function escalateOverdue(referral: Referral, now: Date): Referral {
  if (!isOverdue(referral, now)) {
    throw new ReferralException(ReferralErrorCode.IllegalTransition, { id: referral.id, status: referral.status, action: 'escalate' });
  }
  return { ...transition(referral, 'escalate', null, now), escalatedAt: now, dueBy: null };
}
