/**
 * The arithmetic of a month calendar, in the person's own clock (a hearing at 09:00 in Mopti is on
 * the day the prosecutor sees it on). Weeks start on Monday, as in Mali and France.
 */

export interface Month {
  year: number;
  /** 0 = January, as in Date. */
  month: number;
}

export interface CalendarDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  key: string;
  date: Date;
  inMonth: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function fromKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function monthOf(date: Date): Month {
  return { year: date.getFullYear(), month: date.getMonth() };
}

export function addMonths({ year, month }: Month, n: number): Month {
  return monthOf(new Date(year, month + n, 1));
}

export function sameMonth(a: Month, b: Month): boolean {
  return a.year === b.year && a.month === b.month;
}

/** The weeks covering the month, Monday first, with the neighbouring months' days to fill them. */
export function monthGrid({ year, month }: Month): CalendarDay[][] {
  const first = new Date(year, month, 1);
  const back = (first.getDay() + 6) % 7; // days since Monday
  const weeks: CalendarDay[][] = [];
  for (let start = 1 - back; start <= new Date(year, month + 1, 0).getDate(); start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => {
      const date = new Date(year, month, start + i);
      return { key: dayKey(date), date, inMonth: date.getMonth() === month };
    }));
  }
  return weeks;
}

/** Items by local day, each day's in time order. */
export function byDay<T extends { at: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = dayKey(new Date(item.at));
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return days;
}

/** The day the grid's keyboard moves to (APG date grid keys), or undefined for any other key. */
export function moveDay(key: string, pressed: string): string | undefined {
  const date = fromKey(key);
  const shift = (days: number) => dayKey(new Date(date.getFullYear(), date.getMonth(), date.getDate() + days));
  const monday = (date.getDay() + 6) % 7;
  switch (pressed) {
    case 'ArrowLeft': return shift(-1);
    case 'ArrowRight': return shift(1);
    case 'ArrowUp': return shift(-7);
    case 'ArrowDown': return shift(7);
    case 'Home': return shift(-monday);
    case 'End': return shift(6 - monday);
    case 'PageUp': return sameDayIn(date, -1);
    case 'PageDown': return sameDayIn(date, 1);
    default: return undefined;
  }
}

/** The same day of another month, or that month's last day (31 January → 28 or 29 February). */
function sameDayIn(date: Date, months: number): string {
  const last = new Date(date.getFullYear(), date.getMonth() + months + 1, 0).getDate();
  return dayKey(new Date(date.getFullYear(), date.getMonth() + months, Math.min(date.getDate(), last)));
}

/** The month to open on: the next hearing's from now, else the latest past one's, else now's. */
export function initialMonth(items: readonly { at: string }[], now: Date): Month {
  const sorted = [...items].map((i) => new Date(i.at)).sort((a, b) => a.getTime() - b.getTime());
  const next = sorted.find((d) => d.getTime() >= now.getTime()) ?? sorted[sorted.length - 1] ?? now;
  return monthOf(next);
}
