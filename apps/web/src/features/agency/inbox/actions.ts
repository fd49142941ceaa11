import type { ReferralView } from '../api/referrals';

export type Action = 'acknowledge' | 'accept' | 'decline' | 'close';

/**
 * What a caseworker may do with a referral in each state, as the referral service's lifecycle
 * allows (pending → acknowledged → accepted → closed; declined from pending or acknowledged).
 * The service checks again; this only avoids offering a button that can only be refused.
 */
const ALLOWED: Record<ReferralView['status'], readonly Action[]> = {
  pending: ['acknowledge', 'decline'],
  acknowledged: ['accept', 'decline'],
  accepted: ['close'],
  declined: [],
  escalated: [],
  closed: [],
};

export function allowedActions(status: ReferralView['status'], canAct: boolean): readonly Action[] {
  return canAct ? ALLOWED[status] : [];
}

/** Waiting for the agency: shown as "to handle" in the inbox. */
export function needsAction(status: ReferralView['status']): boolean {
  return status === 'pending' || status === 'acknowledged';
}

/**
 * Intake shows the person's details to an agency only while its referral is accepted (closing it
 * ends that access), so the screen asks only then.
 */
export function mayReadPerson(status: ReferralView['status']): boolean {
  return status === 'accepted';
}

/**
 * How a refusal is shown. A stale version means someone (a colleague, the deadline scheduler)
 * changed the referral since it was read: a conflict to resolve by reloading, never overwritten.
 * An illegal transition means the referral has moved on to a state where the action no longer
 * applies. Everything else is the service's message as it is.
 */
export type Refusal = 'stale' | 'illegal' | 'other';

export function refusalKind(code: string | undefined): Refusal {
  if (code === 'VERSION_STALE') return 'stale';
  if (code === 'ILLEGAL_TRANSITION') return 'illegal';
  return 'other';
}
