import {
  AgeBand, ConsentChangedV1, ConsentGiver, IdentificationCorrectedV1, Need, Region, Sex, VictimIdentifiedV1,
} from '@relais/contracts';
import { effectiveNeeds, mayRefer, RequestedNeed, RoutingSubject } from './routing';

export interface IdentifiedNeed {
  need: Need;
  urgent: boolean;
  referralConsented: boolean;
}

export interface ConsentState {
  referral: boolean;
  dataSharing: boolean;
  givenBy: ConsentGiver;
  withdrawn: boolean;
}

/**
 * What this service knows of one identification, merged from intake's events in whatever order
 * they arrive: each group of fields keeps the newest version it has seen (by the event's own
 * timestamp), so a late or redelivered event never undoes a newer one.
 */
export interface IdentificationState {
  identificationId: string;
  victimRef: string;
  /** Set once `victim-identified` has been seen; nothing is routed before. */
  identifiedAt: Date | null;
  /** The police or gendarmerie unit that identified the person: its officers follow the referrals. */
  unitId: string | null;
  sex: Sex | null;
  ageGroup: AgeBand | null;
  isMinor: boolean | null;
  languages: string[];
  /** Correctable facts (place and needs), with the time of the version kept. */
  region: Region | null;
  needs: IdentifiedNeed[] | null;
  factsAt: Date | null;
  consent: ConsentState | null;
  consentAt: Date | null;
  erasedAt: Date | null;
}

export function emptyIdentification(identificationId: string, victimRef: string): IdentificationState {
  return {
    identificationId, victimRef, identifiedAt: null, unitId: null, sex: null, ageGroup: null, isMinor: null, languages: [],
    region: null, needs: null, factsAt: null, consent: null, consentAt: null, erasedAt: null,
  };
}

const newer = (candidate: Date, kept: Date | null): boolean => kept === null || candidate > kept;

export function applyIdentified(state: IdentificationState, event: VictimIdentifiedV1): IdentificationState {
  const at = new Date(event.identifiedAt);
  const next: IdentificationState = {
    ...state,
    identifiedAt: at,
    unitId: event.unitId,
    sex: event.sex,
    ageGroup: event.ageGroup,
    isMinor: event.isMinor,
    languages: event.languages ?? [],
  };
  if (newer(at, state.factsAt)) Object.assign(next, { region: event.region, needs: copyNeeds(event.needs), factsAt: at });
  if (newer(at, state.consentAt)) Object.assign(next, { consent: { ...event.consent, withdrawn: false }, consentAt: at });
  return next;
}

/** A correction carries the full corrected state of the correctable fields, not a difference. */
export function applyCorrection(state: IdentificationState, event: IdentificationCorrectedV1): IdentificationState {
  const at = new Date(event.correctedAt);
  if (!newer(at, state.factsAt)) return state;
  return { ...state, region: event.region, needs: copyNeeds(event.needs), factsAt: at };
}

export function applyConsentChange(state: IdentificationState, event: ConsentChangedV1): IdentificationState {
  const at = new Date(event.changedAt);
  if (!newer(at, state.consentAt)) return state;
  return { ...state, consent: { ...event.consent }, consentAt: at };
}

export function applyErasure(state: IdentificationState, erasedAt: Date): IdentificationState {
  return state.erasedAt ? state : { ...state, erasedAt };
}

/**
 * Whether consent allows referring a need. A withdrawal forbids everything; otherwise the newest
 * word counts: a consent change made after the needs were recorded applies to every need, else
 * intake's per-need flag does.
 */
export function consentAllows(state: IdentificationState, need: Pick<IdentifiedNeed, 'referralConsented'>): boolean {
  const { consent, consentAt, factsAt } = state;
  if (!consent) return need.referralConsented;
  if (consent.withdrawn) return false;
  const consentIsNewer = consentAt !== null && (factsAt === null || consentAt > factsAt);
  return consentIsNewer ? consent.referral : need.referralConsented;
}

/** The routing input, once the identification is known and as long as it is not erased. */
export function routingSubject(state: IdentificationState): RoutingSubject | null {
  if (!state.identifiedAt || state.erasedAt || !state.region || !state.needs || !state.sex || state.isMinor === null) return null;
  return {
    region: state.region,
    sex: state.sex,
    isMinor: state.isMinor,
    languages: state.languages,
    needs: state.needs.map((n) => ({ ...n, referralConsented: consentAllows(state, n) })),
  };
}

/** What this service has already done about a person's needs. */
export interface NeedHistory {
  /** The referrals made for this identification, whatever became of them. */
  referrals: { need: Need; status: string; outcome: string | null }[];
  /** Needs of this identification escalated for want of a candidate. */
  noCandidateNeeds: Need[];
  /** Needs with an open referral under another identification of the same person. */
  openElsewhere: Need[];
}

/**
 * The needs still to route. A need counts as handled once referred (whatever became of that
 * referral: declines and missed deadlines are re-routed on the spot) or escalated for want of a
 * candidate; a referral closed because consent was withdrawn does not count, so consent given
 * again routes the need again. A person identified a second time, whose need an agency already
 * works on under the first identification, is not sent a second agency for it.
 */
export function needsToRoute(subject: RoutingSubject, history: NeedHistory): RequestedNeed[] {
  const handled = new Set<Need>([...history.noCandidateNeeds, ...history.openElsewhere]);
  for (const r of history.referrals) if (!(r.status === 'closed' && r.outcome === 'consentWithdrawn')) handled.add(r.need);
  return effectiveNeeds(subject).filter((n) => mayRefer(subject, n) && !handled.has(n.need));
}

/**
 * Whether consent still allows an open referral to go on. A child's child-protection referral
 * always does, an urgent medical one too (emergency care needs no consent, brief §6).
 */
export function referralStillAllowed(state: IdentificationState, referral: { need: Need; urgent: boolean }): boolean {
  const own = state.needs?.find((n) => n.need === referral.need);
  const consented = consentAllows(state, { referralConsented: own?.referralConsented ?? false });
  return mayRefer({ isMinor: state.isMinor ?? false }, { need: referral.need, urgent: referral.urgent, referralConsented: consented });
}

function copyNeeds(needs: readonly IdentifiedNeed[]): IdentifiedNeed[] {
  return needs.map((n) => ({ need: n.need, urgent: n.urgent, referralConsented: n.referralConsented }));
}
