import { DateRange, today } from './periods';

/**
 * What a protected (published) table may cover. Totals that end on any day let a reader subtract
 * two of them — up to D and up to D-1 — and learn who was identified on day D, per region, sex or
 * age: disclosure control per cell cannot stop that. So published figures cover whole, completed
 * months only: the range is widened to whole months and cut at the end of the last month that is
 * over. A month's figures then change only when late records for it arrive, not from one day to
 * the next.
 */
export interface Coverage {
  /** The days actually counted. */
  from: string;
  to: string;
  /** True when the request's days were moved to month boundaries or cut at the last complete month. */
  snapped: boolean;
}

export class NothingPublishedYet extends Error {
  constructor(readonly publishedUpTo: string) {
    super(`nothing published after ${publishedUpTo}`);
  }
}

/** The last day of the last complete month. */
export function publishedUpTo(now: string = today()): string {
  return lastDayOfMonthBefore(now);
}

export function publishedRange(range: DateRange, now: string = today()): Coverage {
  const from = `${range.from.slice(0, 7)}-01`;
  const wholeTo = lastDayOfMonth(range.to);
  const limit = publishedUpTo(now);
  const to = wholeTo < limit ? wholeTo : limit;
  if (to < from) throw new NothingPublishedYet(limit);
  return { from, to, snapped: from !== range.from || to !== range.to };
}

/** Annual figures are published once the year is over; the current year is not. */
export function publishedYear(year: number | undefined, now: string = today()): number {
  const lastComplete = Number(now.slice(0, 4)) - 1;
  if (year === undefined) return lastComplete;
  if (year > lastComplete) throw new NothingPublishedYet(`${lastComplete}-12-31`);
  return year;
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function lastDayOfMonthBefore(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
}
