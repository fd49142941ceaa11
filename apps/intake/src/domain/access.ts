import { hasAnyRole, Principal } from '@relais/auth';

/** Why a reader may see a person's details; recorded in the audit trail with every read. */
export const ACCESS_BASES = ['coordinator', 'reportingUnit', 'supervisorRegion', 'acceptedReferral', 'prosecutionCase'] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/**
 * The claims that can open a person's record to this caller, each kept only when the token also
 * holds the role that gives it meaning (a `region` claim opens nothing to an officer, an
 * `agencyId` nothing to a prosecutor).
 */
export interface Reader {
  coordinator: boolean;
  /** Officer or supervisor: the identifications their own unit reported. */
  unitId?: string;
  /** Supervisor: the identifications made in their region. */
  region?: string;
  /** Caseworker: people whose referral to their agency is currently accepted. */
  agencyId?: string;
  /** Prosecutor: people linked to a case their office holds. */
  officeId?: string;
}

export type ReaderPurpose = 'read' | 'correct' | 'consent';

/**
 * Who may do what with one identification. Reading: everyone entitled. Correcting: the police
 * side and the coordinator. Recording consent: also the agency now caring for the person, to whom
 * a withdrawal is often said first; a prosecutor records none.
 */
export function readerOf(principal: Principal, purpose: ReaderPurpose = 'read'): Reader {
  const police = hasAnyRole(principal, 'police_officer', 'police_supervisor');
  const supervisor = hasAnyRole(principal, 'police_supervisor');
  const reader: Reader = { coordinator: hasAnyRole(principal, 'coordinator') };
  if (police && principal.unitId) reader.unitId = principal.unitId;
  if (supervisor && principal.region) reader.region = principal.region;
  if (purpose !== 'correct' && hasAnyRole(principal, 'agency_caseworker') && principal.agencyId) reader.agencyId = principal.agencyId;
  if (purpose === 'read' && hasAnyRole(principal, 'prosecutor') && principal.jurisdiction) reader.officeId = principal.jurisdiction;
  return reader;
}
