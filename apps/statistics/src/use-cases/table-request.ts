import { DimensionName, Level } from '../domain/dimensions';
import { DateRange, Period, periodLabel, periodsOf } from '../domain/periods';
import { StatTable } from '../domain/stat-table';

/** What every indicator table is asked for: a date range, an optional period, dimensions to group by. */
export interface TableRequest<D extends DimensionName = DimensionName> {
  range: DateRange;
  period?: Period;
  groupBy: readonly D[];
  /** Only one region, or one prosecutor's office (validated before: the query can be filtered so). */
  where?: Readonly<{ region?: string; office?: string }>;
}

/** The table's axes: the period first (every period of the range, empty ones too), then the dimensions. */
export function newTable(request: TableRequest, fields: readonly string[]): StatTable {
  const axes = [...(request.period ? (['period'] as const) : []), ...request.groupBy];
  return new StatTable(axes, fields, request.period ? { period: periodsOf(request.range, request.period) } : {});
}

/** A query row's coordinates in the table: its period label, then its levels. */
export function coordinates(request: TableRequest, month: number | null, levels: readonly (Level | number | null)[]): Level[] {
  const dims = levels.map((l) => (l === null ? 'unknown' : typeof l === 'number' ? String(l) : l));
  return request.period && month !== null ? [periodLabel(month, request.period), ...dims] : dims;
}
