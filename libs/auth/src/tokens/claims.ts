import type { JWTPayload } from 'jose';
import { AuthenticationError } from '../errors';
import { Institution, isInstitution, isRole, Principal, Role } from '../principal';

const OPTIONAL_STRING_CLAIMS = ['agencyId', 'unitId', 'jurisdiction', 'region'] as const;

/**
 * Turns the claims of a token whose signature, issuer, audience and lifetime were already checked
 * into a Principal, or refuses it. Unknown roles are dropped (Keycloak adds `offline_access` and
 * the like); a token left with no Relais role at all grants nothing and is refused.
 */
export function principalFromClaims(payload: JWTPayload): Principal {
  const { sub } = payload;
  if (typeof sub !== 'string' || sub.length === 0) throw invalid('sub must be a non-empty string');

  const principal: Principal = { sub, roles: knownRoles(rolesClaim(payload)) };
  for (const claim of OPTIONAL_STRING_CLAIMS) {
    const value = optionalString(payload, claim);
    if (value !== undefined) principal[claim] = value;
  }
  const institution = optionalString(payload, 'institution');
  if (institution !== undefined) principal.institution = asInstitution(institution);
  return principal;
}

/** Our own `roles` claim, or Keycloak's realm roles when the realm has no mapper for it. */
function rolesClaim(payload: JWTPayload): unknown {
  if (payload.roles !== undefined) return payload.roles;
  const realmAccess = payload.realm_access;
  if (realmAccess !== null && typeof realmAccess === 'object' && 'roles' in realmAccess) return realmAccess.roles;
  throw invalid('roles is missing');
}

function knownRoles(value: unknown): Role[] {
  if (!Array.isArray(value)) throw invalid('roles must be an array');
  if (!value.every((role) => typeof role === 'string')) throw invalid('roles must be strings');
  const roles = [...new Set(value.filter(isRole))];
  if (roles.length === 0) throw invalid('roles holds no Relais role');
  return roles;
}

/** Absent and null both mean "not set"; anything else must be a non-empty string. */
function optionalString(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw invalid(`${claim} must be a non-empty string`);
  return value;
}

function asInstitution(value: string): Institution {
  if (!isInstitution(value)) throw invalid(`institution "${value}" is not known`);
  return value;
}

function invalid(message: string): AuthenticationError {
  return new AuthenticationError('invalid_claims', message);
}
