import { Period } from '../domain/periods';

/**
 * Pieces of the upserts that make projections converge whatever the order of arrival: a group of
 * columns is replaced only by a version that is newer (or, for facts that happen once, earlier),
 * compared on (timestamp, event id) so that ties are broken the same way on every replay.
 */
export function takeIf(condition: string, columns: readonly string[]): string {
  return columns.map((c) => `${c} = CASE WHEN ${condition} THEN EXCLUDED.${c} ELSE t.${c} END`).join(',\n  ');
}

/** The incoming version is at least as new as the stored one (or nothing is stored yet). */
export function newer(at: string, event: string): string {
  return `(t.${at} IS NULL OR (EXCLUDED.${at}, EXCLUDED.${event}) >= (t.${at}, t.${event}))`;
}

/** The incoming occurrence is at least as early as the stored one (or nothing is stored yet). */
export function earlier(at: string, event: string): string {
  return `(t.${at} IS NULL OR (EXCLUDED.${at}, EXCLUDED.${event}) <= (t.${at}, t.${event}))`;
}

/** For facts without their own event column: the event that carries the base attributes wins by id. */
export function sameOrLaterEvent(event: string): string {
  return `(t.${event} IS NULL OR EXCLUDED.${event} >= t.${event})`;
}

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
