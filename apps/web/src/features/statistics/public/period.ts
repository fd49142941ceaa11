import type { Filter } from '../types';

/**
 * What the public page shows: the twelve last completed months (the API publishes nothing of
 * the current month), and the SDG rate of the last completed year.
 */
export function publicFilter(today: Date): Filter & { year: number } {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth(); // 0-based: the current month, not published
  const lastDay = new Date(Date.UTC(y, m, 0));
  const first = new Date(Date.UTC(y, m - 12, 1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { from: day(first), to: day(lastDay), year: y - 1 };
}
