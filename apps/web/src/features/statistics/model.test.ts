import { describe, expect, it } from 'vitest';
import fr from './i18n/fr.json';
import { chartData, chartQuery, monthsBetween, periodLabel } from './model';
import { publicFilter } from './public/period';
import { translator } from './translate';
import type { ServedChart } from './types';

const t = translator(fr);
const chart = (over: Partial<ServedChart>): ServedChart => ({
  id: 'c', indicator: 'victims', kind: 'bar', dimensions: ['region'], measures: ['count'], title: { fr: 'T', en: 'T' },
  path: 'statistics/victims', params: { groupBy: 'region' }, regional: true, ...over,
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

  it('filters by region through the query and the rows', () => {
    const byMonth = chart({ dimensions: ['period'], period: 'month', params: { period: 'month' } });
    expect(chartQuery(byMonth, { ...filter, region: 'mopti' }).toString()).toBe('period=month&from=2026-01-01&to=2026-03-31&groupBy=region');
    const data = chartData(byMonth, [{ period: '2026-01', region: 'mopti', count: 4 }, { period: '2026-01', region: 'gao', count: 9 }], { ...filter, region: 'mopti' }, t, 'fr');
    expect(data.series[0].cells[0]).toEqual({ kind: 'value', value: 4 });
    const sdg = chart({ indicator: 'sdg-16.2.2', path: 'statistics/indicators', params: { groupBy: 'sex' }, dimensions: ['sex'], regional: true });
    expect(chartQuery(sdg, filter).toString()).toBe('groupBy=sex&year=2026');
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
