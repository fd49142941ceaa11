import { ConsentGiver } from '@relais/contracts';
import { ConsentState } from './identification';

export const CONSENT_PURPOSES = ['referral', 'dataSharing'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** One act of consent: given, refused at identification, or withdrawn later. Never edited, only added. */
export interface ConsentRecord {
  purpose: ConsentPurpose;
  /** An agency (or other recipient) the act is limited to; absent when it applies to every recipient. */
  recipient?: string;
  givenBy: ConsentGiver;
  given: boolean;
  withdrawn: boolean;
  recordedAt: string;
  /** Insertion order, to settle two acts recorded at the same instant. */
  seq: number;
}

/** A child cannot consent alone: a guardian does, or consent is not applicable (best interests). */
export function consentGiverAllowed(isMinor: boolean, givenBy: ConsentGiver): boolean {
  return !isMinor || givenBy !== 'victim';
}

/**
 * The consent in force: for each purpose, the latest act that applies to every recipient. Acts
 * recorded offline may arrive late, so "latest" is by the time recorded, not by arrival.
 * `withdrawn` says a purpose is refused because consent once given was taken back.
 */
export function consentState(records: ConsentRecord[]): ConsentState {
  const general = records.filter((r) => r.recipient === undefined).sort(byRecordedAt);
  if (!general.length) throw new Error('consentState: an identification always has its initial consent records');
  const latest = (purpose: ConsentPurpose) => general.filter((r) => r.purpose === purpose).at(-1);
  const referral = latest('referral');
  const dataSharing = latest('dataSharing');
  return {
    referral: referral?.given ?? false,
    dataSharing: dataSharing?.given ?? false,
    givenBy: general[general.length - 1].givenBy,
    withdrawn: [referral, dataSharing].some((r) => r?.withdrawn === true),
  };
}

function byRecordedAt(a: ConsentRecord, b: ConsentRecord): number {
  return Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || a.seq - b.seq;
}
