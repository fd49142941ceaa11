import { createHash } from 'node:crypto';
import { REGIONS } from '@relais/contracts';

/** One figure of the population table: the country (`ML`) or a region, all sexes or one. */
export interface PopulationFigure {
  area: string;
  sex: 'all' | 'female' | 'male';
  /** Null where the source gives no figure: such a rate is unavailable, never estimated. */
  population: number | null;
  source: string;
  /** How a figure was computed from published ones, when it was. */
  derived: string | null;
}

export interface PopulationTable {
  name: string;
  version: string;
  referenceYear: number;
  checksum: string;
  figures: PopulationFigure[];
}

export const NATIONAL = 'ML';

interface SourcedValue {
  value: number;
  source: string;
  derived?: string;
}

/** Reads and checks the versioned population file; a malformed file stops the service at start-up. */
export function parsePopulationFile(text: string): PopulationTable {
  const file = JSON.parse(text) as Record<string, unknown>;
  const problems: string[] = [];
  const str = (v: unknown, what: string) => (typeof v === 'string' && v.length > 0 ? v : (problems.push(`${what} must be a non-empty string`), ''));
  const count = (v: unknown, what: string) => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : (problems.push(`${what} must be a positive integer`), 0));
  const sourced = (v: unknown, what: string): SourcedValue => {
    const o = (v ?? {}) as Record<string, unknown>;
    return { value: count(o.value, `${what}.value`), source: str(o.source, `${what}.source`), derived: typeof o.derived === 'string' ? o.derived : undefined };
  };
  const name = str(file.name, 'name');
  const version = str(file.version, 'version');
  str(file.source, 'source');
  const referenceYear = count(file.referenceYear, 'referenceYear');
  const national = (file.national ?? {}) as Record<string, unknown>;
  const bySex = (national.bySex ?? {}) as Record<string, unknown>;
  const total = sourced(national.total, 'national.total');
  const female = sourced(bySex.female, 'national.bySex.female');
  const male = sourced(bySex.male, 'national.bySex.male');
  if (female.value + male.value !== total.value) problems.push('national.bySex must add up to national.total');
  const figures: PopulationFigure[] = [
    { area: NATIONAL, sex: 'all', population: total.value, source: total.source, derived: total.derived ?? null },
    { area: NATIONAL, sex: 'female', population: female.value, source: female.source, derived: female.derived ?? null },
    { area: NATIONAL, sex: 'male', population: male.value, source: male.source, derived: male.derived ?? null },
  ];
  const regions = Array.isArray(file.regions) ? (file.regions as Record<string, unknown>[]) : (problems.push('regions must be a list'), []);
  const seen = new Set<string>();
  for (const [i, r] of regions.entries()) {
    const region = str(r.region, `regions.${i}.region`);
    if (!(REGIONS as readonly string[]).includes(region)) problems.push(`regions.${i}.region: unknown region "${region}"`);
    if (seen.has(region)) problems.push(`regions.${i}.region: "${region}" listed twice`);
    seen.add(region);
    const population = r.total === null ? null : count(r.total, `regions.${i}.total`);
    figures.push({ area: region, sex: 'all', population, source: str(r.source, `regions.${i}.source`), derived: null });
  }
  for (const region of REGIONS) if (!seen.has(region)) problems.push(`regions: ${region} is missing (list it with "total": null if the source has no figure)`);
  const known = figures.filter((f) => f.area !== NATIONAL && f.population !== null).reduce((s, f) => s + (f.population ?? 0), 0);
  if (known > total.value) problems.push('regions add up to more than the national total');
  if (problems.length) throw new Error(`population file is invalid:\n  - ${problems.join('\n  - ')}`);
  return { name, version, referenceYear, checksum: createHash('sha256').update(text).digest('hex'), figures };
}

/** What SDG 16.2.2 is divided by for one breakdown, or why no rate can be given. */
export type Denominator =
  | { available: true; basis: 'national' | 'nationalBySex' | 'region'; population: number; referenceYear: number }
  | { available: false; reason: UnavailableReason };

export const UNAVAILABLE_REASONS = ['noAgeBreakdown', 'noRegionBySex', 'regionNotPublished', 'sexUnknown'] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export interface DenominatorKey {
  sex?: string;
  region?: string;
  ageGroup?: string;
  minor?: boolean;
  form?: string;
}

/**
 * The population a count of detected victims is divided by. By form of exploitation the whole
 * population is the base (as UNODC reports SDG 16.2.2 by form); by sex, the population of that
 * sex; by region, the region's. The census gives no population by age band or for children, and
 * none by region and sex: those rates are unavailable.
 */
export function denominatorFor(key: DenominatorKey, figures: readonly PopulationFigure[], referenceYear: number): Denominator {
  if (key.ageGroup !== undefined || key.minor !== undefined) return { available: false, reason: 'noAgeBreakdown' };
  if (key.region !== undefined && key.sex !== undefined) return { available: false, reason: 'noRegionBySex' };
  const find = (area: string, sex: PopulationFigure['sex']) => figures.find((f) => f.area === area && f.sex === sex)?.population ?? null;
  if (key.region !== undefined) {
    const population = find(key.region, 'all');
    return population === null ? { available: false, reason: 'regionNotPublished' } : { available: true, basis: 'region', population, referenceYear };
  }
  if (key.sex !== undefined) {
    if (key.sex !== 'female' && key.sex !== 'male') return { available: false, reason: 'sexUnknown' };
    const population = find(NATIONAL, key.sex);
    return population === null ? { available: false, reason: 'sexUnknown' } : { available: true, basis: 'nationalBySex', population, referenceYear };
  }
  const population = find(NATIONAL, 'all');
  if (population === null) throw new Error('population table has no national total');
  return { available: true, basis: 'national', population, referenceYear };
}

/** Detected victims per 100,000 population, to two decimals. */
export function ratePer100k(count: number, population: number): number {
  return Math.round((count / population) * 100_000 * 100) / 100;
}
