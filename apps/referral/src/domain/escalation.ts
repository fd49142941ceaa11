import { EscalationCause, Need, Region } from '@relais/contracts';
import { ReferralErrorCode, ReferralException } from './referral-errors';

/**
 * A need put before the national coordinator. `referralId` names the referral that declined or
 * ran out of time; it is null when no agency could be found at all (`noCandidate`).
 */
export interface Escalation {
  id: string;
  referralId: string | null;
  reference: string | null;
  victimRef: string;
  identificationId: string;
  agencyId: string | null;
  need: Need;
  urgent: boolean;
  region: Region;
  cause: EscalationCause;
  /** The referral made to the next candidate, when there was one. */
  reroutedTo: string | null;
  escalatedAt: Date;
}

/**
 * How the coordinator closes an escalation without a new referral. A short controlled list, so
 * the work list can be counted and read in any language; the note says the rest.
 */
export const ESCALATION_RESOLUTIONS = ['assistedOutsideRelais', 'assistanceRefused', 'personUnreachable', 'duplicate', 'needNoLongerPresent'] as const;
export type EscalationResolution = (typeof ESCALATION_RESOLUTIONS)[number];

export interface Resolution {
  code: EscalationResolution;
  /** Free text for other coordinators; wiped when the person's data is erased. */
  note: string | null;
  resolvedBy: string;
  resolvedAt: Date;
}

/** An escalation as stored: `version` guards the coordinator's decision, `resolution` is null while open. */
export interface EscalationRecord extends Escalation {
  version: number;
  resolution: Resolution | null;
}

export interface ResolveCommand {
  code: EscalationResolution;
  note: string | null;
  expectedVersion: number;
}

/**
 * Closes an open escalation. The same command sent again after it succeeded (a lost answer, a
 * double click) is a replay: it returns the escalation as it is, and `replayed` says nothing changed.
 */
export function resolve(e: EscalationRecord, command: ResolveCommand, resolvedBy: string, now: Date): { escalation: EscalationRecord; replayed: boolean } {
  const r = e.resolution;
  if (r && r.code === command.code && r.note === command.note && command.expectedVersion === e.version - 1) return { escalation: e, replayed: true };
  if (command.expectedVersion !== e.version) {
    throw new ReferralException(ReferralErrorCode.VersionStale, { id: e.id, version: command.expectedVersion, currentVersion: e.version });
  }
  if (r) throw new ReferralException(ReferralErrorCode.EscalationResolved, { id: e.id, resolution: r.code });
  return { escalation: { ...e, version: e.version + 1, resolution: { code: command.code, note: command.note, resolvedBy, resolvedAt: now } }, replayed: false };
}
