/** The roles of the platform (BRIEF §7); the services check them again on every call. */
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
