import { type Cell, toCell } from '../../shared/charts/cells';
import type { ChartSeries } from '../../shared/charts/Chart';
import type { Filter, Language, Row, ServedChart, Translate } from './types';

/** Figures computed from counts: a missing row means "nothing to compute", not zero. */
export const DERIVED = new Set(['shareAcceptedWithinDeadline', 'medianHoursToAcceptance', 'p90HoursToAcceptance', 'medianDays', 'p90Days', 'ratePer100k']);

/**
 * The query string of a chart for a filter: the definition's params, the time frame, and the
 * region, which the server counts alone (and protects as a table of its own). SDG 16.2.2 takes no
 * region filter: its rates by region come from the breakdown by region, read from the rows.
 */
export function chartQuery(chart: ServedChart, filter: Filter): URLSearchParams {
  const q = new URLSearchParams(chart.params);
  if (chart.yearly) q.set('year', filter.to.slice(0, 4));
  else {
    q.set('from', filter.from);
    q.set('to', filter.to);
  }
  if (filter.region && chart.regional && !chart.dimensions.includes('region')) {
    if (chart.indicator === SDG) q.set('groupBy', [...(q.get('groupBy')?.split(',') ?? []), 'region'].join(','));
    else q.set('region', filter.region);
  }
  return q;
}

const SDG = 'sdg-16.2.2';

/**
 * The rows a chart draws. The indicators route answers SDG rows then headline figures; the GLOTIP
 * export answers both sections at once, each three-way (victims: sex x child/adult x form;
 * persons: stage x sex x citizenship), which a chart draws with sex and age (or citizenship) as
 * one series, GLOTIP's own groups: girls, boys, women, men.
 */
function rowsOf(chart: ServedChart, rows: Row[], filter: Filter): Row[] {
  switch (chart.indicator) {
    case SDG: {
      const sdg = rows.filter((r) => r.indicator === SDG && r[chart.dimensions[0]] !== undefined);
      return filter.region && chart.regional && !chart.dimensions.includes('region') ? sdg.filter((r) => r.region === filter.region) : sdg;
    }
    case 'headline':
      // The median hours are not a count (drawn with their 90th percentile in the referral times).
      return rows.filter((r) => r.indicator !== SDG && r.indicator !== 'medianHoursToAcceptance');
    case 'glotip.victims':
      return rows.filter((r) => r.section === 'victims').map((r) => ({ ...r, glotipForm: r.form, group: `${String(r.sex)}-${String(r.ageGroup)}` }));
    case 'glotip.persons':
      return rows.filter((r) => r.section === 'persons').map((r) => ({ ...r, group: `${String(r.sex)}-${String(r.citizenship)}` }));
    default:
      return rows;
  }
}

export interface ChartData {
  categories: { key: string; label: string }[];
  series: ChartSeries[];
}

/** Every month from `from` to `to`, as the API names them (`2026-03`): months with no row are a true zero. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (m === 12) {
      y += 1;
      m = 1;
    } else {
      m += 1;
    }
  }
  return out;
}

export function periodLabel(period: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
    );
  }
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return language === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `T${quarter[2]} ${quarter[1]}`;
  return period;
}

/** A level's label: `statistics.level.<dimension>.<level>` when the catalogue has it, else the code itself. */
export function levelLabel(t: Translate, dimension: string, level: string, language: Language): string {
  if (dimension === 'period') return periodLabel(level, language);
  const key = `statistics.level.${dimension}.${level}`;
  const text = t(key);
  return text === key ? level : text;
}

/** `statistics.measure.<indicator>.<measure>` (a count means different things per table), else `statistics.measure.<measure>`. */
export function measureLabel(t: Translate, indicator: string, measure: string): string {
  const specific = `statistics.measure.${indicator}.${measure}`;
  const text = t(specific);
  return text === specific ? t(`statistics.measure.${measure}`) : text;
}

/**
 * Rows of an API table → the categories and series a chart draws and its table lists. A
 * suppressed cell stays suppressed; a count with no row is 0 (the API omits all-zero rows).
 */
export function chartData(chart: ServedChart, rows: Row[], filter: Filter, t: Translate, language: Language, coverage?: { from: string; to: string }): ChartData {
  const [axis, split] = chart.dimensions;
  const kept = rowsOf(chart, rows, filter);
  const key = (r: Row, d: string) => String(r[d]);
  const seen = (d: string) => [...new Set(kept.map((r) => key(r, d)))];
  let categories = seen(axis);
  if (axis === 'period') {
    const range = coverage ?? filter;
    categories = chart.period === 'month' ? [...new Set([...monthsBetween(range.from, range.to), ...categories])].sort() : categories.sort();
  }
  const find = (category: string, level?: string) => kept.find((r) => key(r, axis) === category && (split === undefined || key(r, split) === level));
  const cell = (row: Row | undefined, measure: string): Cell => (row ? toCell(row[measure]) : DERIVED.has(measure) ? { kind: 'none' } : { kind: 'value', value: 0 });
  const series: ChartSeries[] = split
    ? seen(split).map((level) => ({
        key: level,
        label: levelLabel(t, split, level, language),
        cells: categories.map((c) => cell(find(c, level), chart.measures[0])),
      }))
    : chart.measures.map((measure) => ({
        key: measure,
        label: measureLabel(t, chart.indicator, measure),
        cells: categories.map((c) => cell(find(c), measure)),
      }));
  // Off the time axis, a level with nothing but true zeros is left out (declines by reason: `none`
  // has referrals but no decline; GLOTIP lists every cell); a month of zeros stays, since time must
  // not skip, and so does a headline figure of zero, which is news. Likewise a series of zeros.
  const keepZeros = axis === 'period' || chart.indicator === 'headline';
  const drawn = categories.map((_, i) => keepZeros || series.some((s) => !isZero(s.cells[i])));
  const shown = split ? series.filter((s) => s.cells.some((c) => !isZero(c))) : series;
  return {
    categories: categories.filter((_, i) => drawn[i]).map((c) => ({ key: c, label: levelLabel(t, axis, c, language) })),
    series: shown.map((s) => ({ ...s, cells: s.cells.filter((_, i) => drawn[i]) })),
  };
}

const isZero = (cell: Cell) => cell.kind === 'value' && cell.value === 0;
