import { Need, OrganisationType, Region, Sex } from '@relais/contracts';
import { ReferralErrorCode, ReferralException } from './referral-errors';

/** An agency that covers the whole country; reached only when no agency of the region can help. */
export const NATIONAL = 'national';
export type Coverage = Region | typeof NATIONAL;

export interface AgencyAcceptance {
  minors: boolean;
  adults: boolean;
  sexes: Sex[];
}

/** Beds are counted for shelters only; `available` goes down on acceptance and up on closure. */
export interface Capacity {
  beds: number;
  available: number;
}

/** What describes an agency, as created or edited through the API. */
export interface AgencyProfile {
  name: string;
  type: OrganisationType;
  /** The needs (intake's vocabulary) this agency meets. */
  services: Need[];
  regions: Coverage[];
  accepts: AgencyAcceptance;
  /** ISO 639 codes. */
  languages: string[];
  capacity: Capacity | null;
  active: boolean;
}

export interface Agency extends AgencyProfile {
  id: string;
  /** Loaded from the fictitious demo directory: never to be mistaken for a real agency. */
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function isLocalTo(agency: Pick<Agency, 'regions'>, region: Region): boolean {
  return agency.regions.includes(region);
}

export function isNational(agency: Pick<Agency, 'regions'>): boolean {
  return agency.regions.includes(NATIONAL);
}

export function acceptsPerson(agency: Pick<Agency, 'accepts'>, person: { isMinor: boolean; sex: Sex }): boolean {
  const ageOk = person.isMinor ? agency.accepts.minors : agency.accepts.adults;
  return ageOk && agency.accepts.sexes.includes(person.sex);
}

/** Capacity is counted in beds, so it limits shelter referrals and nothing else. */
export function takesBed(agency: Pick<Agency, 'capacity'>, need: Need): boolean {
  return need === 'shelter' && agency.capacity !== null;
}

export function hasBedFor(agency: Pick<Agency, 'capacity'>, need: Need): boolean {
  return !takesBed(agency, need) || (agency.capacity?.available ?? 0) > 0;
}

export function assertCapacity(capacity: Capacity | null): void {
  if (capacity && capacity.available > capacity.beds) {
    throw new ReferralException(ReferralErrorCode.CapacityInvalid, { beds: capacity.beds, available: capacity.available });
  }
}

/**
 * A profile as plain data of its own: fresh lists and objects, and only the profile's fields (not
 * a checked body's class instances, not a stored agency's id or version).
 */
export function copyProfile(p: AgencyProfile): AgencyProfile {
  return {
    name: p.name,
    type: p.type,
    services: [...p.services],
    regions: [...p.regions],
    accepts: { minors: p.accepts.minors, adults: p.accepts.adults, sexes: [...p.accepts.sexes] },
    languages: [...p.languages],
    capacity: p.capacity ? { beds: p.capacity.beds, available: p.capacity.available } : null,
    active: p.active,
  };
}

export type AgencyPatch = Partial<AgencyProfile>;

/**
 * An agency administrator keeps the agency's own profile and capacity (brief §1); what the agency
 * is and whether it receives referrals at all is the coordinator's decision.
 */
export const AGENCY_ADMIN_EDITABLE: readonly (keyof AgencyProfile)[] = ['name', 'services', 'regions', 'accepts', 'languages', 'capacity'];

/**
 * What decides which victims reach an agency. An agency administrator may only ask for a change
 * here (a change request the coordinator decides): widening them would route, and open, victims'
 * files from anywhere to their agency (issue #18).
 */
export const ROUTING_SCOPE = ['services', 'regions', 'accepts'] as const;
export type RoutingScopeField = (typeof ROUTING_SCOPE)[number];
export type RoutingScopeChange = Partial<Pick<AgencyProfile, RoutingScopeField>>;

/**
 * Splits an edit into what applies at once and the routing-scope change that needs approval. A
 * scope field sent unchanged (a form sending the whole profile) asks for nothing.
 */
export function splitRoutingScope(patch: AgencyPatch, current: Pick<Agency, RoutingScopeField>): { direct: AgencyPatch; scope: RoutingScopeChange | null } {
  const direct: AgencyPatch = { ...patch };
  const scope: RoutingScopeChange = {};
  for (const field of ROUTING_SCOPE) {
    if (patch[field] === undefined) continue;
    delete direct[field];
    if (!sameScope(patch[field], current[field])) Object.assign(scope, { [field]: patch[field] });
  }
  return { direct, scope: Object.keys(scope).length ? scope : null };
}

/** Lists compare as sets: the order regions or sexes are listed in routes nothing differently. */
function sameScope(a: unknown, b: unknown): boolean {
  const normal = (v: unknown): unknown =>
    Array.isArray(v) ? [...v].map(String).sort() : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort().map(([k, x]) => [k, normal(x)])) : v;
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

export function newAgency(id: string, profile: AgencyProfile, now: Date, demo = false): Agency {
  assertCapacity(profile.capacity);
  return { id, ...profile, demo, version: 1, createdAt: now, updatedAt: now };
}

export function restrictedFields(patch: AgencyPatch): (keyof AgencyProfile)[] {
  return (Object.keys(patch) as (keyof AgencyProfile)[]).filter((f) => patch[f] !== undefined && !AGENCY_ADMIN_EDITABLE.includes(f));
}

export function changedFields(patch: AgencyPatch): (keyof AgencyProfile)[] {
  return (Object.keys(patch) as (keyof AgencyProfile)[]).filter((f) => patch[f] !== undefined);
}

export function assertVersion(agency: Pick<Agency, 'id' | 'version'>, expectedVersion: number): void {
  if (expectedVersion !== agency.version) {
    throw new ReferralException(ReferralErrorCode.VersionStale, { id: agency.id, version: expectedVersion, currentVersion: agency.version });
  }
}

export function applyPatch(agency: Agency, patch: AgencyPatch, expectedVersion: number, now: Date): Agency {
  assertVersion(agency, expectedVersion);
  const next: Agency = { ...agency, version: agency.version + 1, updatedAt: now };
  for (const field of changedFields(patch)) Object.assign(next, { [field]: patch[field] });
  assertCapacity(next.capacity);
  return next;
}
