/**
 * How long is left before a referral's running deadline (to acknowledge while pending, to accept
 * or decline once acknowledged), in words a caseworker reads at a glance. Pure: the screen passes
 * the clock, so tests need no fake timers.
 */
export type Urgency = 'overdue' | 'soon' | 'ok' | 'none';

/** Under this much time left, a deadline is shown as near. */
export const SOON_MS = 30 * 60_000;

export interface TimeLeft {
  urgency: Urgency;
  /** Whole minutes left (negative once overdue); null without a deadline. */
  minutes: number | null;
}

export function timeLeft(dueBy: string | null, now: number): TimeLeft {
  if (!dueBy) return { urgency: 'none', minutes: null };
  const due = Date.parse(dueBy);
  if (Number.isNaN(due)) return { urgency: 'none', minutes: null };
  const ms = due - now;
  // Floor for what is left, ceil for the overdue: "0 min left" never shows for a missed deadline.
  const minutes = ms >= 0 ? Math.floor(ms / 60_000) : -Math.ceil(-ms / 60_000);
  return { urgency: ms < 0 ? 'overdue' : ms <= SOON_MS ? 'soon' : 'ok', minutes };
}

/** "2 h 05", "45 min", "3 j 4 h" (or "3 d 4 h"): the magnitude only; the caller says left or late. */
export function formatDuration(totalMinutes: number, language: string): string {
  const m = Math.abs(totalMinutes);
  const day = language === 'en' ? 'd' : 'j';
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
  const days = Math.floor(m / (24 * 60));
  const hours = Math.floor((m % (24 * 60)) / 60);
  return hours ? `${days} ${day} ${hours} h` : `${days} ${day}`;
}

/** Most pressing first: overdue, then near, then by deadline; referrals without one last, newest first. */
export function byPressure<T extends { dueBy: string | null; createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.dueBy && b.dueBy) return Date.parse(a.dueBy) - Date.parse(b.dueBy);
    if (a.dueBy) return -1;
    if (b.dueBy) return 1;
    return Date.parse(b.createdAt) - Date.parse(a.createdAt);
  });
}
