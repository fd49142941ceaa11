import { describe, expect, it } from 'vitest';
import fr from './i18n/fr.json';
import { chartData, chartQuery, monthsBetween, periodLabel } from './model';
import { publicFilter } from './public/period';
import { translator } from './translate';
import type { ServedChart } from './types';

const t = translator(fr);
const chart = (over: Partial<ServedChart>): ServedChart => ({
  id: 'c', indicator: 'victims', kind: 'bar', dimensions: ['region'], measures: ['count'], title: { fr: 'T', en: 'T' },
  path: 'statistics/victims', params: { groupBy: 'region' }, regional: true, yearly: false, ...over,
});
const filter = { from: '2026-01-01', to: '2026-03-31' };

describe('dashboard charts from API tables', () => {
  it('keeps a suppressed cell suppressed, in the chart and the table', () => {
    const data = chartData(chart({}), [{ region: 'mopti', count: 7 }, { region: 'kayes', count: '<5' }, { region: 'gao', count: 'x' }], filter, t, 'fr');
    expect(data.categories.map((c) => c.label)).toEqual(['Mopti', 'Kayes', 'Gao']);
    expect(data.series[0].cells).toEqual([{ kind: 'value', value: 7 }, { kind: 'suppressed', label: '<5' }, { kind: 'suppressed', label: 'x' }]);
    expect(data.series[0].label).toBe('Victimes présumées');
  });

  it('fills every month of the range: a month without a row is a true zero', () => {
    const data = chartData(chart({ dimensions: ['period'], period: 'month', params: { period: 'month' } }), [{ period: '2026-02', count: 3 }], filter, t, 'fr');
    expect(data.categories.map((c) => c.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(data.series[0].cells.map((c) => (c.kind === 'value' ? c.value : c.kind))).toEqual([0, 3, 0]);
  });

  it('leaves a derived figure with no row empty, never zero', () => {
    const referrals = chart({ indicator: 'referrals', dimensions: ['period'], period: 'month', measures: ['medianHoursToAcceptance'] });
    const data = chartData(referrals, [{ period: '2026-01', medianHoursToAcceptance: 'x' }], filter, t, 'fr');
    expect(data.series[0].cells).toEqual([{ kind: 'suppressed', label: 'x' }, { kind: 'none' }, { kind: 'none' }]);
  });

  it('splits series by the second dimension, or by measure', () => {
    const bySex = chartData(chart({ dimensions: ['ageGroup', 'sex'] }), [{ ageGroup: '9-17', sex: 'male', count: 2 }, { ageGroup: '9-17', sex: 'female', count: '<5' }], filter, t, 'fr');
    expect(bySex.series.map((s) => s.label)).toEqual(['Hommes', 'Femmes']);
    const persons = chartData(chart({ indicator: 'prosecutions.persons', dimensions: ['sex'], measures: ['count', 'convicted'], regional: false }), [{ sex: 'male', count: 6, convicted: '<5' }], filter, t, 'fr');
    expect(persons.series.map((s) => s.label)).toEqual(['Mises en cause', 'Condamnées']);
  });

  it('asks the server for one region; SDG rates by region come from the breakdown', () => {
    const byMonth = chart({ dimensions: ['period'], period: 'month', params: { period: 'month' } });
    expect(chartQuery(byMonth, { ...filter, region: 'mopti' }).toString()).toBe('period=month&from=2026-01-01&to=2026-03-31&region=mopti');
    expect(chartQuery(chart({ regional: false }), { ...filter, region: 'mopti' }).has('region')).toBe(false);
    const sdg = chart({ indicator: 'sdg-16.2.2', path: 'statistics/indicators', params: { groupBy: 'sex' }, dimensions: ['sex'], measures: ['ratePer100k'], regional: true, yearly: true });
    expect(chartQuery(sdg, filter).toString()).toBe('groupBy=sex&year=2026');
    expect(chartQuery(sdg, { ...filter, region: 'mopti' }).toString()).toBe('groupBy=sex%2Cregion&year=2026');
    const rates = chartData(sdg, [{ indicator: 'sdg-16.2.2', sex: 'female', region: 'mopti', ratePer100k: 1.2 }, { indicator: 'sdg-16.2.2', sex: 'female', region: 'gao', ratePer100k: 3 }], { ...filter, region: 'mopti' }, t, 'fr');
    expect(rates.series[0].cells).toEqual([{ kind: 'value', value: 1.2 }]);
  });

  it('draws the headline figures (counts only) and the GLOTIP sections with GLOTIP’s groups', () => {
    const headline = chart({ indicator: 'headline', path: 'statistics/indicators', params: {}, dimensions: ['indicator'], measures: ['value'], regional: false, yearly: true });
    expect(chartQuery(headline, filter).toString()).toBe('year=2026');
    const rows = [
      { indicator: 'sdg-16.2.2', count: 9 }, { indicator: 'victimsIdentified', value: 21 }, { indicator: 'casesOpened', value: '<5' },
      { indicator: 'personsConvicted', value: 0 }, { indicator: 'medianHoursToAcceptance', value: 10 },
    ];
    const h = chartData(headline, rows, filter, t, 'fr');
    // A headline figure of zero is shown; the median hours are not a count.
    expect(h.categories.map((c) => c.label)).toEqual(['Victimes présumées identifiées', 'Affaires ouvertes', 'Personnes condamnées']);
    expect(h.series[0].cells).toEqual([{ kind: 'value', value: 21 }, { kind: 'suppressed', label: '<5' }, { kind: 'value', value: 0 }]);
    const glotip = chart({ indicator: 'glotip.victims', path: 'statistics/exports/glotip', params: {}, dimensions: ['glotipForm', 'group'], regional: false, yearly: true });
    const g = chartData(glotip, [
      { section: 'victims', sex: 'female', ageGroup: 'child', form: 'begging', count: '<5' },
      { section: 'victims', sex: 'male', ageGroup: 'adult', form: 'begging', count: 7 },
      { section: 'victims', sex: 'male', ageGroup: 'adult', form: 'organRemoval', count: 0 },
      { section: 'victims', sex: 'female', ageGroup: 'adult', form: 'begging', count: 0 },
      { section: 'persons', stage: 'convicted', sex: 'male', citizenship: 'national', count: 1 },
    ], filter, t, 'fr');
    expect(g.categories.map((c) => c.label)).toEqual(['Mendicité']);
    expect(g.series.map((s) => [s.label, s.cells])).toEqual([['Filles', [{ kind: 'suppressed', label: '<5' }]], ['Hommes', [{ kind: 'value', value: 7 }]]]);
  });

  it('leaves out a level with nothing to draw, but never a month', () => {
    const declines = chart({ indicator: 'referrals', dimensions: ['declineReason'], measures: ['declined'], regional: true });
    const data = chartData(declines, [{ declineReason: 'noCapacity', count: 3, declined: 3 }, { declineReason: 'none', count: 9, declined: 0 }, { declineReason: 'other', count: '<5', declined: '<5' }], filter, t, 'fr');
    expect(data.categories.map((c) => c.label)).toEqual(['Plus de place', 'Autre motif']);
    expect(data.series[0].cells).toEqual([{ kind: 'value', value: 3 }, { kind: 'suppressed', label: '<5' }]);
  });

  it('names periods in the reader’s language', () => {
    expect(periodLabel('2026-03', 'fr')).toBe('mars 2026');
    expect(periodLabel('2026-03', 'en')).toBe('Mar 2026');
    expect(periodLabel('2026-Q1', 'fr')).toBe('T1 2026');
    expect(monthsBetween('2025-11-01', '2026-02-28')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('publishes the twelve last completed months and the last completed year', () => {
    expect(publicFilter(new Date('2026-12-07T10:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-11-30', year: 2025 });
    expect(publicFilter(new Date('2027-01-01T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31', year: 2026 });
  });
});
