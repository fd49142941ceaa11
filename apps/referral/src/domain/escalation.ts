import { EscalationCause, Need, Region } from '@relais/contracts';

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
