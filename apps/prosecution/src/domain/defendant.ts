/**
 * Where the defendant stands with respect to detention. Finer than the event's `inCustody`, which
 * is derived from it: police custody (garde à vue), pre-trial detention and imprisonment count.
 */
export const CUSTODY_STATUSES = ['atLarge', 'free', 'judicialSupervision', 'policeCustody', 'pretrialDetention', 'imprisoned'] as const;
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

const DETAINED: readonly CustodyStatus[] = ['policeCustody', 'pretrialDetention', 'imprisoned'];

export function isInCustody(status: CustodyStatus): boolean {
  return DETAINED.includes(status);
}

export const IDENTITY_DOCUMENT_KINDS = ['nationalIdCard', 'passport', 'consularCard', 'birthCertificate', 'drivingLicence', 'residencePermit', 'other'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

/** Everything that identifies a defendant. Only ever stored sealed in the vault, never logged or sent. */
export interface DefendantIdentity {
  familyName?: string;
  givenNames?: string;
  aliases?: string[];
  /** ISO calendar date. */
  dateOfBirth?: string;
  identityDocuments?: { kind: IdentityDocumentKind; number: string; issuingCountry?: string }[];
  address?: string;
}
