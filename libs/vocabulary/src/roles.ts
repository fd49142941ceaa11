/**
 * Every role Relais knows (BRIEF §7). The services check them on every call; the web app only
 * uses them to choose what to show. Tokens may carry others (Keycloak adds its own): they are dropped.
 */
export const ROLES = [
  'police_officer',
  'police_supervisor',
  'agency_caseworker',
  'agency_admin',
  'prosecutor',
  'coordinator',
  'statistician',
  'data_protection_officer',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
