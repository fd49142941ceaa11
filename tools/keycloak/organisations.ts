import type { Principal } from '@relais/auth';

/**
 * Where a Relais organisation sits in the realm: the top-level group of its kind, and the
 * attributes its members' tokens carry. Organisations, not people, hold these claims, so moving a
 * caseworker to another shelter is one group change.
 */
export const ORGANISATION_KINDS = ['units', 'agencies', 'offices', 'national'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The token claims an organisation group carries (names as `@relais/auth` reads them). */
export const ORGANISATION_CLAIMS = ['agencyId', 'unitId', 'institution', 'region', 'jurisdiction'] as const;
export type OrganisationClaims = Partial<Record<(typeof ORGANISATION_CLAIMS)[number], string>>;

export interface Organisation {
  kind: OrganisationKind;
  /** The subgroup's name: the organisation's id (agency id, unit id, prosecutor's office id). */
  id: string;
  attributes: OrganisationClaims;
}

/** The group path of a user with these claims, e.g. `/agencies/demo-cp-mopti`, or `/national`. */
export function organisationOf(principal: Principal): Organisation | undefined {
  const attributes: OrganisationClaims = {};
  for (const claim of ORGANISATION_CLAIMS) if (principal[claim] !== undefined) attributes[claim] = principal[claim];
  if (principal.agencyId) return { kind: 'agencies', id: principal.agencyId, attributes };
  if (principal.unitId) return { kind: 'units', id: principal.unitId, attributes };
  if (principal.jurisdiction) return { kind: 'offices', id: principal.jurisdiction, attributes };
  if (Object.keys(attributes).length > 0) throw new Error(`principal ${principal.sub} has claims but no organisation id`);
  return undefined;
}

export function groupPath(organisation: Organisation | undefined): string {
  return organisation ? `/${organisation.kind}/${organisation.id}` : '/national';
}
