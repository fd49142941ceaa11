import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStatisticsConfig } from '../statistics.config';
import { DashboardCatalogue } from './catalogue';
import { DashboardDefinitionError, parseDashboard } from './definitions';

const shipped = loadStatisticsConfig({}).DASHBOARDS_DIR;

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'relais-dashboards-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const chart = (over: Record<string, unknown> = {}) => ({
  id: 'by-sex', indicator: 'victims', kind: 'bar', dimensions: ['sex'], title: { fr: 'Par sexe', en: 'By sex' }, ...over,
});
const dashboard = (charts: unknown[], over: Record<string, unknown> = {}) => ({
  id: 'test', version: 1, audience: 'public', title: { fr: 'Essai', en: 'Test' },
  sections: [{ id: 'one', title: { fr: 'Un', en: 'One' }, charts }], ...over,
});
const parse = (value: unknown) => parseDashboard('test.json', JSON.stringify(value));

describe('dashboard definitions', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('loads the shipped dashboards, each chart with the request that fills it', () => {
    const catalogue = DashboardCatalogue.load(shipped);
    expect(catalogue.publicDashboards().map((d) => d.id)).toEqual(['public']);
    expect(catalogue.forRoles(['statistician']).map((d) => d.id)).toEqual(['action-plan', 'public']);
    expect(catalogue.forRoles(['police_officer']).map((d) => d.id)).toEqual(['public']);
    const charts = catalogue.dashboards.flatMap((d) => d.sections.flatMap((s) => s.charts));
    expect(charts.find((c) => c.id === 'victims-by-month')).toMatchObject({ path: 'statistics/victims', params: { period: 'month' }, regional: true });
    expect(charts.find((c) => c.id === 'persons-by-stage')).toMatchObject({ path: 'statistics/prosecutions', params: { measure: 'persons', groupBy: 'sex' }, regional: false });
    expect(charts.find((c) => c.id === 'sdg-by-sex')).toMatchObject({ path: 'statistics/indicators', params: { groupBy: 'sex' }, yearly: true });
    expect(charts.find((c) => c.id === 'declines-by-reason')).toMatchObject({ path: 'statistics/referrals', params: { groupBy: 'declineReason' }, measures: ['declined'], regional: true, yearly: false });
    // Headline figures and GLOTIP come in one layout: no groupBy, one year.
    expect(charts.find((c) => c.id === 'headline-figures')).toMatchObject({ path: 'statistics/indicators', params: {}, regional: false, yearly: true });
    expect(charts.find((c) => c.id === 'glotip-victims')).toMatchObject({ path: 'statistics/exports/glotip', params: {}, regional: false, yearly: true });
  });

  it('stops start-up on an unknown indicator, naming the directory’s file and the chart', () => {
    const good = JSON.parse(readFileSync(join(shipped, 'public.json'), 'utf8'));
    good.sections[1].charts[0].indicator = 'convictions';
    const dir = dirWith({ 'a.json': dashboard([chart()], { id: 'a' }), 'public.json': good });
    dirs.push(dir);
    // As the service does at start-up: the config reads DASHBOARDS_DIR, the module loads it.
    const config = loadStatisticsConfig({ DASHBOARDS_DIR: dir });
    expect(() => DashboardCatalogue.load(config.DASHBOARDS_DIR)).toThrow(DashboardDefinitionError);
    expect(() => DashboardCatalogue.load(config.DASHBOARDS_DIR)).toThrow(
      'Dashboard file public.json, chart "persons-by-stage" (sections[1].charts[0]): unknown indicator "convictions"; known: victims, referrals, prosecutions.persons',
    );
  });

  it.each([
    [chart({ dimensions: ['colour'] }), 'unknown dimension "colour" for indicator victims'],
    [chart({ indicator: 'prosecutions.persons', dimensions: ['region'] }), 'unknown dimension "region" for indicator prosecutions.persons'],
    [chart({ measures: ['median'] }), 'unknown measure "median" for indicator victims'],
    [chart({ kind: 'pie' }), 'unknown kind "pie"'],
    [chart({ dimensions: ['period'] }), '"period" (month, quarter or year) goes with the dimension "period"'],
    [chart({ indicator: 'sdg-16.2.2', dimensions: ['period', 'sex'], period: 'month' }), 'unknown dimension "period" for indicator sdg-16.2.2'],
    [chart({ kind: 'stackedBar' }), 'a stacked bar needs a second dimension'],
    [chart({ title: { fr: 'Par sexe' } }), '"title"'],
    [chart({ indicator: 'referrals', dimensions: ['sex', 'region'], measures: ['count', 'accepted'] }), 'several measures are the series: give one dimension only'],
    [chart({ indicator: 'glotip.victims', dimensions: ['group', 'glotipForm'] }), 'indicator glotip.victims is drawn by glotipForm, group, in that order'],
    [chart({ indicator: 'headline', dimensions: ['indicator'] }), 'unknown measure "count" for indicator headline'],
  ])('refuses a bad chart: %j', (bad, message) => {
    expect(() => parse(dashboard([bad]))).toThrow(message);
  });

  it('refuses a bad file as a whole: not JSON, no roles for a signed-in one, duplicate ids', () => {
    expect(() => parseDashboard('x.json', '{ "id": ')).toThrow(/^Dashboard file x\.json: not valid JSON/);
    expect(() => parse(dashboard([chart()], { audience: 'signedIn' }))).toThrow('"roles": a signed-in dashboard names the roles');
    expect(() => parse(dashboard([chart(), chart()]))).toThrow('chart "by-sex" (sections[0].charts[1]): id already used');
    const dir = dirWith({ 'a.json': dashboard([chart()]), 'b.json': dashboard([chart()]) });
    dirs.push(dir);
    expect(() => DashboardCatalogue.load(dir)).toThrow('Dashboard file b.json, "id": "test" is already the id of a.json');
    expect(() => DashboardCatalogue.load(join(dir, 'missing'))).toThrow(/cannot be read \(ENOENT\); set DASHBOARDS_DIR/);
  });
});
