import { Region } from '@relais/contracts';
import { isRecord, isText, ReferenceDataError } from './reference-data-error';

export const OFFICE_KINDS = ['tgi', 'specialisedPole', 'appealCourt'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export interface LocalisedText {
  fr: string;
  en: string;
}

export interface Office {
  /** Stable slug, e.g. `parquet-tgi-mopti`; prosecutors' tokens carry it as `jurisdiction`. */
  id: string;
  kind: OfficeKind;
  seat: string;
  name: LocalisedText;
  court: LocalisedText;
  /** The court is named in a published source (true) or assumed for the demo (false). */
  confirmed: boolean;
  evidence: string;
}

export interface OfficeRoute {
  region: Region;
  /** Normalised cercle name; absent for the region's default route. */
  cercle?: string;
  officeId: string;
  basis: string;
}

export interface OfficeDirectoryFile {
  name: string;
  version: string;
  status: 'demo' | 'official';
  notice: string;
  source: string;
  offices: Office[];
  routes: OfficeRoute[];
}

const OFFICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Cercle names come as free text from police stations ("Kati", "KATI", "Nioro du Sahel"): compare
 * them without case, accents or punctuation.
 */
export function normaliseCercle(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Which prosecutor's office is competent for a place: the cercle's own route when the file has
 * one, else the region's. Built only from a file that covers every region, so routing an
 * identification can never fail for want of an office.
 */
export class OfficeDirectory {
  private readonly byId: ReadonlyMap<string, Office>;
  private readonly byPlace: ReadonlyMap<string, OfficeRoute>;

  private constructor(readonly file: OfficeDirectoryFile) {
    this.byId = new Map(file.offices.map((o) => [o.id, o]));
    this.byPlace = new Map(file.routes.map((r) => [placeKey(r.region, r.cercle), r]));
  }

  get version(): string {
    return this.file.version;
  }

  get offices(): readonly Office[] {
    return this.file.offices;
  }

  get routes(): readonly OfficeRoute[] {
    return this.file.routes;
  }

  get(id: string): Office | undefined {
    return this.byId.get(id);
  }

  route(region: Region, cercle?: string | null): Office {
    const normalised = cercle ? normaliseCercle(cercle) : '';
    const route = (normalised && this.byPlace.get(placeKey(region, normalised))) || this.byPlace.get(placeKey(region));
    // Unreachable for a directory built by parse(), which requires a route for every region to a listed office.
    const office = route && this.byId.get(route.officeId);
    if (!office) throw new Error(`no prosecutor's office for region ${region}`);
    return office;
  }

  /** Validates the file (every problem at once) and builds the directory. */
  static parse(raw: unknown, regions: readonly Region[], fileLabel = 'prosecutor-offices'): OfficeDirectory {
    const problems: string[] = [];
    if (!isRecord(raw)) throw new ReferenceDataError(fileLabel, ['the file must hold a JSON object']);
    for (const field of ['name', 'version', 'notice', 'source'] as const) {
      if (!isText(raw[field], 2000)) problems.push(`${field} must be a non-empty string`);
    }
    if (raw.status !== 'demo' && raw.status !== 'official') problems.push('status must be "demo" or "official"');
    const offices = Array.isArray(raw.offices) ? raw.offices.map((o, i) => parseOffice(o, `offices[${i}]`, problems)) : [];
    if (!offices.length) problems.push('offices must be a non-empty list');
    const ids = new Set<string>();
    for (const office of offices) {
      if (!office) continue;
      if (ids.has(office.id)) problems.push(`office ${office.id} is listed twice`);
      ids.add(office.id);
    }
    const routes = Array.isArray(raw.routes) ? raw.routes.map((r, i) => parseRoute(r, `routes[${i}]`, regions, ids, problems)) : [];
    const places = new Set<string>();
    for (const route of routes) {
      if (!route) continue;
      const key = placeKey(route.region, route.cercle);
      if (places.has(key)) problems.push(`the place ${route.region}${route.cercle ? `/${route.cercle}` : ''} has two routes`);
      places.add(key);
    }
    for (const region of regions) {
      if (!places.has(placeKey(region))) problems.push(`region ${region} has no default route (a route without cercle)`);
    }
    if (problems.length) throw new ReferenceDataError(fileLabel, problems);
    return new OfficeDirectory({
      name: raw.name as string,
      version: raw.version as string,
      status: raw.status as 'demo' | 'official',
      notice: raw.notice as string,
      source: raw.source as string,
      offices: offices as Office[],
      routes: routes as OfficeRoute[],
    });
  }
}

function placeKey(region: string, cercle?: string): string {
  return `${region}/${cercle ?? ''}`;
}

function parseOffice(raw: unknown, at: string, problems: string[]): Office | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at} must be an object`);
    return undefined;
  }
  const before = problems.length;
  if (typeof raw.id !== 'string' || !OFFICE_ID.test(raw.id) || raw.id.length > 100) problems.push(`${at}.id must be a lowercase slug of at most 100 characters`);
  if (!(OFFICE_KINDS as readonly unknown[]).includes(raw.kind)) problems.push(`${at}.kind must be one of ${OFFICE_KINDS.join(', ')}`);
  if (!isText(raw.seat, 100)) problems.push(`${at}.seat must be a non-empty string`);
  for (const field of ['name', 'court'] as const) {
    const text = raw[field];
    if (!isRecord(text) || !isText(text.fr, 200) || !isText(text.en, 200)) problems.push(`${at}.${field} must have fr and en texts of at most 200 characters`);
  }
  if (typeof raw.confirmed !== 'boolean') problems.push(`${at}.confirmed must be true or false`);
  if (!isText(raw.evidence, 1000)) problems.push(`${at}.evidence must say what confirms the office or that it is an assumption`);
  if (problems.length > before) return undefined;
  const name = raw.name as unknown as LocalisedText;
  const court = raw.court as unknown as LocalisedText;
  return {
    id: raw.id as string,
    kind: raw.kind as OfficeKind,
    seat: raw.seat as string,
    name: { fr: name.fr, en: name.en },
    court: { fr: court.fr, en: court.en },
    confirmed: raw.confirmed as boolean,
    evidence: raw.evidence as string,
  };
}

function parseRoute(raw: unknown, at: string, regions: readonly Region[], officeIds: Set<string>, problems: string[]): OfficeRoute | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at} must be an object`);
    return undefined;
  }
  const before = problems.length;
  if (!(regions as readonly unknown[]).includes(raw.region)) problems.push(`${at}.region must be a region code`);
  if (raw.cercle !== undefined && (!isText(raw.cercle, 100) || !normaliseCercle(raw.cercle))) problems.push(`${at}.cercle must be a cercle name`);
  if (typeof raw.officeId !== 'string' || !officeIds.has(raw.officeId)) problems.push(`${at}.officeId must name an office of the file`);
  if (!isText(raw.basis, 1000)) problems.push(`${at}.basis must say on what the route rests`);
  if (problems.length > before) return undefined;
  return {
    region: raw.region as Region,
    ...(raw.cercle !== undefined ? { cercle: normaliseCercle(raw.cercle as string) } : {}),
    officeId: raw.officeId as string,
    basis: raw.basis as string,
  };
}
