// The roles are shared with the web app, which shows each role its screens (libs/vocabulary).
// Tokens may carry others (Keycloak adds its own); they are dropped.
import type { Role } from '@relais/vocabulary';

export { isRole, ROLES, type Role } from '@relais/vocabulary';

/**
 * The identifying institution of a police-side user. Declared here rather than imported from
 * @relais/contracts, which auth may not depend on; keep it equal to contracts' INSTITUTIONS.
 */
export const INSTITUTIONS = ['police', 'gendarmerie', 'nationalGuard', 'other'] as const;
export type Institution = (typeof INSTITUTIONS)[number];

/** Who is calling, as proven by a verified token. Ids are opaque; none of them is personal data. */
export interface Principal {
  sub: string;
  roles: Role[];
  agencyId?: string;
  unitId?: string;
  /** The prosecutor's office whose matters the user may see. */
  jurisdiction?: string;
  region?: string;
  institution?: Institution;
}

export function isInstitution(value: unknown): value is Institution {
  return typeof value === 'string' && (INSTITUTIONS as readonly string[]).includes(value);
}

export function hasAnyRole(principal: Pick<Principal, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}
