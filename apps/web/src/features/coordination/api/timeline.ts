import type { components as P } from '../../../shared/api/prosecution';
import { ApiError, apiRequest } from '../../../shared/api/http';
import { type Referral, victimReferrals } from './referral';

type CaseFile = P['schemas']['CaseDetailDto'];
type CaseStatus = P['schemas']['VictimCaseStatusDto'];

export type Deadline = 'met' | 'missed' | 'pending' | 'overdue' | null;

/** One dated fact on a person's path; `ref` is the reference it belongs to (R-…, C-…). */
export interface TimelineEvent {
  at: string;
  kind: string;
  ref?: string;
  /** Extra codes for the label (need, stage, reason, outcome…), never personal data. */
  params?: Record<string, string>;
  deadline?: Deadline;
  dueBy?: string;
}

export interface Timeline {
  events: TimelineEvent[];
  identificationIds: string[];
  unavailable: ('referral' | 'prosecution')[];
}

async function orEmpty<T>(call: Promise<T[]>): Promise<T[] | null> {
  try {
    return await call;
  } catch (error) {
    return error instanceof ApiError && error.status === 404 ? [] : null;
  }
}

/** A referral's deadline, as the coordinator needs to see it: met, missed, or still running. */
export function deadlineOf(r: Referral, now = Date.now()): Deadline {
  if (r.escalatedAt) return 'missed';
  if (r.status === 'pending' || r.status === 'acknowledged') return r.dueBy && Date.parse(r.dueBy) < now ? 'overdue' : 'pending';
  return r.dueBy ? 'met' : null;
}

export function referralEvents(r: Referral, now = Date.now()): TimelineEvent[] {
  const base = { ref: r.reference, params: { need: r.need, agency: r.agencyId } };
  const events: TimelineEvent[] = [{ ...base, at: r.createdAt, kind: r.reroutedFrom ? 'referralRerouted' : 'referralCreated', deadline: deadlineOf(r, now), ...(r.dueBy ? { dueBy: r.dueBy } : {}) }];
  if (r.acknowledgedAt) events.push({ ...base, at: r.acknowledgedAt, kind: 'referralAcknowledged' });
  if (r.acceptedAt) events.push({ ...base, at: r.acceptedAt, kind: 'referralAccepted' });
  if (r.declinedAt) events.push({ ...base, at: r.declinedAt, kind: 'referralDeclined', params: { ...base.params, reason: r.declineReason ?? 'other' } });
  if (r.escalatedAt) events.push({ ...base, at: r.escalatedAt, kind: 'referralEscalated' });
  if (r.closedAt) events.push({ ...base, at: r.closedAt, kind: 'referralClosed', params: { ...base.params, outcome: r.outcome ?? 'serviceProvided' } });
  return events;
}

export function caseEvents(file: CaseFile, victimRef: string): TimelineEvent[] {
  const ref = file.reference;
  const events: TimelineEvent[] = [];
  for (const v of file.victims.filter((x) => x.victimRef === victimRef)) events.push({ at: v.identifiedAt, kind: 'identified', params: { region: v.region } });
  events.push({ at: file.openedAt, kind: 'caseOpened', ref, params: { office: file.officeId } });
  for (const s of file.stageHistory.filter((x) => x.from !== null)) events.push({ at: s.at, kind: 'caseStage', ref, params: { stage: s.to } });
  for (const h of file.hearings) events.push({ at: h.at, kind: 'hearing', ref, params: { hearingKind: h.kind } });
  for (const j of file.judgments) {
    const outcomes = j.verdicts.map((v) => v.outcome);
    events.push({ at: j.renderedAt, kind: 'judgment', ref, params: { instance: j.instance, convicted: String(outcomes.filter((o) => o === 'convicted').length), acquitted: String(outcomes.filter((o) => o === 'acquitted').length) } });
  }
  return events;
}

/**
 * One person's path from the services' own APIs: referrals and their transitions (referral),
 * the case, its stages, hearings and judgments (prosecution; the case file read is audited there).
 * Nothing personal: references, codes and dates.
 */
export async function buildTimeline(token: string, victimRef: string): Promise<Timeline> {
  const ref = encodeURIComponent(victimRef);
  const [referrals, cases] = await Promise.all([
    orEmpty(victimReferrals(token, victimRef)),
    orEmpty(apiRequest<CaseStatus[]>(token, 'GET', `/api/prosecution/v1/victims/${ref}/cases`)),
  ]);
  const files = cases ? await Promise.all(cases.map((c) => apiRequest<CaseFile>(token, 'GET', `/api/prosecution/v1/cases/${c.caseId}`))) : [];
  const events = [...(referrals ?? []).flatMap((r) => referralEvents(r)), ...files.flatMap((f) => caseEvents(f, victimRef))];
  const seen = new Set<string>();
  const unique = events.filter((e) => (e.kind === 'identified' ? !seen.has(e.at) && seen.add(e.at) : true));
  const identificationIds = [...new Set([...(referrals ?? []).map((r) => r.identificationId), ...files.flatMap((f) => f.victims.filter((v) => v.victimRef === victimRef).map((v) => v.identificationId))])];
  return {
    events: unique.sort((a, b) => a.at.localeCompare(b.at)),
    identificationIds,
    unavailable: [...(referrals === null ? (['referral'] as const) : []), ...(cases === null ? (['prosecution'] as const) : [])],
  };
}
