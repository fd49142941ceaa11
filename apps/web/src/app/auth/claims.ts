import { isRole, type Role } from './roles';

/** What the app knows about the signed-in person: the token's claims, never the token itself. */
export interface AppUser {
  sub: string;
  roles: Role[];
  unitId?: string;
  region?: string;
  agencyId?: string;
  jurisdiction?: string;
  institution?: string;
  name?: string;
}

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * Reads the claims the services read (BRIEF §7) from the access token's payload. The signature is
 * the services' business: the browser only uses this to decide what to show.
 */
export function userFromAccessToken(accessToken: string, profileName?: string): AppUser {
  const payload = decodeSegment(accessToken.split('.')[1] ?? '') as Record<string, unknown>;
  const sub = text(payload.sub);
  if (!sub) throw new Error('access token without sub');
  const realmRoles = (payload.realm_access as { roles?: unknown } | undefined)?.roles;
  const rawRoles = Array.isArray(payload.roles) ? payload.roles : Array.isArray(realmRoles) ? realmRoles : [];
  const user: AppUser = { sub, roles: [...new Set(rawRoles.filter(isRole))] };
  for (const key of ['unitId', 'region', 'agencyId', 'jurisdiction', 'institution'] as const) {
    const value = text(payload[key]);
    if (value) user[key] = value;
  }
  const name = profileName ?? text(payload.name) ?? text(payload.preferred_username);
  if (name) user.name = name;
  return user;
}
