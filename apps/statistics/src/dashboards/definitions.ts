import { INDICATOR_DIMENSIONS, PROSECUTION_DIMENSIONS, REFERRAL_DIMENSIONS, VICTIM_DIMENSIONS } from '../domain/dimensions';
import { PERIODS, Period } from '../domain/periods';

/**
 * Dashboards are data: a country edits `data/dashboards/*.json` (which indicator, broken down by
 * what, drawn how, titled in French and English) without a release. Each file is checked here
 * against the indicators and dimensions this service really answers, so a typo stops start-up
 * instead of drawing an empty chart in front of a minister.
 */

/** What a chart may show: the table it reads, the dimensions it can break down by, the fields it can draw. */
export const DASHBOARD_INDICATORS = {
  victims: { path: 'statistics/victims', dimensions: VICTIM_DIMENSIONS, measures: ['count'], periods: true },
  referrals: {
    path: 'statistics/referrals',
    dimensions: REFERRAL_DIMENSIONS,
    measures: ['count', 'accepted', 'declined', 'escalated', 'overdue', 'closed', 'acceptedWithinDeadline', 'shareAcceptedWithinDeadline', 'medianHoursToAcceptance', 'p90HoursToAcceptance'],
    periods: true,
  },
  'prosecutions.persons': { path: 'statistics/prosecutions', dimensions: PROSECUTION_DIMENSIONS.persons, measures: ['count', 'prosecuted', 'convicted', 'acquitted'], periods: true },
  'prosecutions.cases': { path: 'statistics/prosecutions', dimensions: PROSECUTION_DIMENSIONS.cases, measures: ['count'], periods: true },
  'prosecutions.sentences': { path: 'statistics/prosecutions', dimensions: PROSECUTION_DIMENSIONS.sentences, measures: ['count'], periods: true },
  'prosecutions.timeToJudgment': { path: 'statistics/prosecutions', dimensions: PROSECUTION_DIMENSIONS.timeToJudgment, measures: ['count', 'medianDays', 'p90Days'], periods: true },
  'prosecutions.hearings': { path: 'statistics/prosecutions', dimensions: PROSECUTION_DIMENSIONS.hearings, measures: ['count'], periods: true },
  // One year at a time (the census is yearly): no period axis.
  'sdg-16.2.2': { path: 'statistics/indicators', dimensions: INDICATOR_DIMENSIONS, measures: ['count', 'ratePer100k'], periods: false },
  // The action plan's headline figures of a year (the rows after the SDG ones), one bar each.
  headline: { path: 'statistics/indicators', dimensions: ['indicator'], measures: ['value'], periods: false, fixedRows: true },
  // The GLOTIP export of a year, a section per chart. Its cells are three-way, and a protected cell
  // cannot be summed away: a chart draws every cell, the second dimension pairing sex with age
  // (victims: girls, boys, women, men) or with citizenship (persons).
  'glotip.victims': { path: 'statistics/exports/glotip', dimensions: ['glotipForm', 'group'], measures: ['count'], periods: false, fixedRows: true },
  'glotip.persons': { path: 'statistics/exports/glotip', dimensions: ['stage', 'group'], measures: ['count'], periods: false, fixedRows: true },
} as const satisfies Record<string, { path: string; dimensions: readonly string[]; measures: readonly string[]; periods: boolean; fixedRows?: boolean }>;
export type DashboardIndicator = keyof typeof DASHBOARD_INDICATORS;

export const CHART_KINDS = ['bar', 'stackedBar', 'line'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
export const AUDIENCES = ['public', 'signedIn'] as const;
/** Roles a signed-in dashboard may name; statistics serves any authenticated role. */
export const DASHBOARD_ROLES = ['coordinator', 'statistician', 'prosecutor', 'police_supervisor', 'agency_admin', 'data_protection_officer', 'system_admin'] as const;

export interface Text {
  fr: string;
  en: string;
}

export interface ChartDefinition {
  id: string;
  indicator: DashboardIndicator;
  kind: ChartKind;
  /** The category axis first, then (optionally) the series; `period` is time. */
  dimensions: string[];
  period?: Period;
  measures: string[];
  title: Text;
  note?: Text;
}

/** A chart as served: its definition plus the request that fills it (relative to /api/v1/ or /api/v1/public/). */
export interface ServedChart extends ChartDefinition {
  path: string;
  params: Record<string, string>;
  /** Whether a region filter applies (the table has a region dimension). */
  regional: boolean;
  /** One calendar year (no period axis): the reader sends `year` rather than `from`/`to`. */
  yearly: boolean;
}

export interface DashboardDefinition<C = ChartDefinition> {
  id: string;
  version: number;
  audience: (typeof AUDIENCES)[number];
  roles: string[];
  title: Text;
  sections: { id: string; title: Text; charts: C[] }[];
}

export class DashboardDefinitionError extends Error {
  override name = 'DashboardDefinitionError';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Reads one file's text; throws naming the file and the entry at fault, with what is allowed. */
export function parseDashboard(file: string, text: string): DashboardDefinition {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DashboardDefinitionError(`Dashboard file ${file}: not valid JSON (${(error as Error).message})`);
  }
  const fail = (where: string, problem: string): never => {
    throw new DashboardDefinitionError(`Dashboard file ${file}, ${where}: ${problem}`);
  };
  if (!isObject(json)) return fail('top level', 'expected an object');
  const id = json.id;
  if (typeof id !== 'string' || !ID.test(id)) fail('"id"', 'expected lower-case letters, digits and dashes');
  if (!Number.isInteger(json.version) || (json.version as number) < 1) fail('"version"', 'expected a positive integer, raised at each change');
  if (!AUDIENCES.includes(json.audience as never)) fail('"audience"', `expected one of ${AUDIENCES.join(', ')}`);
  const roles = json.roles ?? [];
  if (!Array.isArray(roles) || roles.some((r) => !DASHBOARD_ROLES.includes(r as never))) fail('"roles"', `expected a list of ${DASHBOARD_ROLES.join(', ')}`);
  if (json.audience === 'signedIn' && (roles as unknown[]).length === 0) fail('"roles"', 'a signed-in dashboard names the roles it is for');
  const title = text2(json.title, () => fail('"title"', 'expected { "fr": "…", "en": "…" }, both non-empty'));
  if (!Array.isArray(json.sections) || json.sections.length === 0) fail('"sections"', 'expected a non-empty list');
  const chartIds = new Set<string>();
  const sections = (json.sections as unknown[]).map((s, i) => {
    const at = `sections[${i}]`;
    if (!isObject(s) || typeof s.id !== 'string' || !ID.test(s.id)) return fail(at, 'expected an object with an "id"');
    const sectionTitle = text2(s.title, () => fail(`${at} "${s.id}" title`, 'expected { "fr", "en" }, both non-empty'));
    if (!Array.isArray(s.charts) || s.charts.length === 0) fail(`${at} "${s.id}" charts`, 'expected a non-empty list');
    const charts = (s.charts as unknown[]).map((c, j) => {
      const chart = parseChart(c, (problem) => fail(`chart ${isObject(c) && typeof c.id === 'string' ? `"${c.id}" ` : ''}(${at}.charts[${j}])`, problem));
      if (chartIds.has(chart.id)) fail(`chart "${chart.id}" (${at}.charts[${j}])`, 'id already used in this file');
      chartIds.add(chart.id);
      return chart;
    });
    return { id: s.id, title: sectionTitle, charts };
  });
  return { id: id as string, version: json.version as number, audience: json.audience as DashboardDefinition['audience'], roles: roles as string[], title, sections };
}

function text2(value: unknown, fail: () => never): Text {
  if (!isObject(value) || typeof value.fr !== 'string' || typeof value.en !== 'string' || !value.fr.trim() || !value.en.trim()) return fail();
  return { fr: value.fr, en: value.en };
}

function parseChart(c: unknown, fail: (problem: string) => never): ChartDefinition {
  if (!isObject(c)) return fail('expected an object');
  if (typeof c.id !== 'string' || !ID.test(c.id)) fail('"id": expected lower-case letters, digits and dashes');
  const indicator = c.indicator as DashboardIndicator;
  if (typeof indicator !== 'string' || !Object.hasOwn(DASHBOARD_INDICATORS, indicator)) {
    fail(`unknown indicator "${String(c.indicator)}"; known: ${Object.keys(DASHBOARD_INDICATORS).join(', ')}`);
  }
  const spec = DASHBOARD_INDICATORS[indicator];
  if (!CHART_KINDS.includes(c.kind as never)) fail(`unknown kind "${String(c.kind)}"; known: ${CHART_KINDS.join(', ')}`);
  const dims = c.dimensions;
  if (!Array.isArray(dims) || dims.length < 1 || dims.length > 2 || new Set(dims).size !== dims.length) {
    fail('"dimensions": expected one or two different names (the category axis, then the series)');
  }
  const allowed: string[] = [...spec.dimensions, ...(spec.periods ? ['period'] : [])];
  for (const d of dims as unknown[]) {
    if (typeof d !== 'string' || !allowed.includes(d)) fail(`unknown dimension "${String(d)}" for indicator ${indicator}; known: ${allowed.join(', ')}`);
  }
  const hasPeriod = (dims as string[]).includes('period');
  if (hasPeriod !== (c.period !== undefined)) fail('"period" (month, quarter or year) goes with the dimension "period", and only with it');
  if (c.period !== undefined && !PERIODS.includes(c.period as Period)) fail(`unknown period "${String(c.period)}"; known: ${PERIODS.join(', ')}`);
  const measures = c.measures ?? ['count'];
  if (!Array.isArray(measures) || measures.length === 0) fail('"measures": expected a non-empty list');
  for (const m of measures as unknown[]) {
    if (typeof m !== 'string' || !(spec.measures as readonly string[]).includes(m)) fail(`unknown measure "${String(m)}" for indicator ${indicator}; known: ${spec.measures.join(', ')}`);
  }
  if ((measures as string[]).length > 1 && (dims as string[]).length > 1) fail('several measures are the series: give one dimension only');
  // These tables come in one layout, which their chart draws whole.
  if ('fixedRows' in spec && (dims as string[]).join() !== spec.dimensions.join()) fail(`indicator ${indicator} is drawn by ${spec.dimensions.join(', ')}, in that order`);
  if (c.kind === 'stackedBar' && (dims as string[]).length < 2) fail('a stacked bar needs a second dimension to stack');
  const title = text2(c.title, () => fail('"title": expected { "fr", "en" }, both non-empty'));
  const note = c.note === undefined ? undefined : text2(c.note, () => fail('"note": expected { "fr", "en" }, both non-empty'));
  return {
    id: c.id as string, indicator, kind: c.kind as ChartKind, dimensions: dims as string[], measures: measures as string[], title,
    ...(c.period !== undefined ? { period: c.period as Period } : {}), ...(note ? { note } : {}),
  };
}

/** The request that fills a chart: the route and its query, without the time frame (the reader's filter). */
export function serveChart(chart: ChartDefinition): ServedChart {
  const spec = DASHBOARD_INDICATORS[chart.indicator];
  const groupBy = chart.dimensions.filter((d) => d !== 'period');
  const params: Record<string, string> = {};
  if (chart.indicator.startsWith('prosecutions.')) params.measure = chart.indicator.slice('prosecutions.'.length);
  if (chart.period) params.period = chart.period;
  if (groupBy.length && !('fixedRows' in spec)) params.groupBy = groupBy.join(',');
  return { ...chart, path: spec.path, params, regional: (spec.dimensions as readonly string[]).includes('region'), yearly: !spec.periods };
}
