/**
 * Calendar arithmetic for the indicators. Mali keeps UTC all year (Africa/Bamako, no daylight
 * saving), so a UTC date is the local date and no time-zone conversion is needed.
 */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

/** Months counted from year 0: year * 12 + (month - 1). The read model stores it per fact. */
export function monthIndex(at: Date | string): number {
  const d = typeof at === 'string' ? new Date(at) : at;
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthStart(month: number): Date {
  return new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
}

/** `2026-03`, `2026-Q1` or `2026`. */
export function periodLabel(month: number, period: Period): string {
  const year = Math.floor(month / 12);
  const m = month % 12;
  switch (period) {
    case 'month':
      return `${year}-${String(m + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${Math.floor(m / 3) + 1}`;
    case 'year':
      return String(year);
  }
}

/** Every period label between the range's ends, in order, so empty periods show as zeros. */
export function periodsOf(range: DateRange, period: Period): string[] {
  const labels: string[] = [];
  for (let m = monthIndex(range.from); m <= monthIndex(range.to); m++) {
    const label = periodLabel(m, period);
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

export function startOf(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The instant after the last day of the range. */
export function endOf(date: string): Date {
  const d = startOf(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * Splits a range into whole months, which precomputed monthly totals answer, and the days at its
 * edges, which are counted from the facts themselves: [start, end) instants.
 */
export interface RangeSplit {
  months?: { first: number; last: number };
  edges: { start: Date; end: Date }[];
}

export function splitRange(range: DateRange): RangeSplit {
  const start = startOf(range.from);
  const end = endOf(range.to);
  const firstWhole = start.getUTCDate() === 1 ? monthIndex(start) : monthIndex(start) + 1;
  const lastWhole = monthIndex(end) - 1;
  if (firstWhole > lastWhole) return { edges: [{ start, end }] };
  const edges: { start: Date; end: Date }[] = [];
  const wholeStart = monthStart(firstWhole);
  const wholeEnd = monthStart(lastWhole + 1);
  if (start < wholeStart) edges.push({ start, end: wholeStart });
  if (wholeEnd < end) edges.push({ start: wholeEnd, end });
  return { months: { first: firstWhole, last: lastWhole }, edges };
}

/** `2026` as a range covering the whole year. */
export function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
