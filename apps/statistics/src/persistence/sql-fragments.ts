import { Period } from '../domain/periods';

/** The calendar month of an instant (Mali keeps UTC all year), as year * 12 + month - 1. */
export function monthOf(instant: string): string {
  return `(EXTRACT(YEAR FROM (${instant} AT TIME ZONE 'UTC')) * 12 + EXTRACT(MONTH FROM (${instant} AT TIME ZONE 'UTC')) - 1)::int`;
}

/** The first month of the period a month falls in (NULL when the table has no period). */
export function bucket(month: string, period: Period | undefined): string {
  switch (period) {
    case undefined:
      return 'NULL::int';
    case 'month':
      return month;
    case 'quarter':
      return `(${month} / 3) * 3`;
    case 'year':
      return `(${month} / 12) * 12`;
  }
}

/** GROUP BY the bucket and the first `dimensions` columns after it. */
export function groupBy(dimensions: number): string {
  return `GROUP BY ${Array.from({ length: dimensions + 1 }, (_, i) => i + 1).join(', ')}`;
}
