import { describe, expect, it } from 'vitest';
import { byPressure, formatDuration, timeLeft } from './deadline';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

describe('time left before a referral deadline', () => {
  it('is none without a deadline (accepted, closed, declined)', () => {
    expect(timeLeft(null, NOW)).toEqual({ urgency: 'none', minutes: null });
    expect(timeLeft('not a date', NOW)).toEqual({ urgency: 'none', minutes: null });
  });

  it('is ok beyond 30 minutes, soon within, overdue after', () => {
    expect(timeLeft(at(120), NOW)).toEqual({ urgency: 'ok', minutes: 120 });
    expect(timeLeft(at(31), NOW).urgency).toBe('ok');
    expect(timeLeft(at(30), NOW)).toEqual({ urgency: 'soon', minutes: 30 });
    expect(timeLeft(at(0), NOW)).toEqual({ urgency: 'soon', minutes: 0 });
    expect(timeLeft(new Date(NOW - 1000).toISOString(), NOW)).toEqual({ urgency: 'overdue', minutes: -1 });
    expect(timeLeft(at(-90), NOW)).toEqual({ urgency: 'overdue', minutes: -90 });
  });

  it('rounds what is left down, so 59 s left reads 0 min, not 1', () => {
    expect(timeLeft(new Date(NOW + 59_000).toISOString(), NOW).minutes).toBe(0);
  });
});

describe('durations', () => {
  it('reads minutes, hours and days in French and English', () => {
    expect(formatDuration(45, 'fr')).toBe('45 min');
    expect(formatDuration(125, 'fr')).toBe('2 h 05');
    expect(formatDuration(-125, 'fr')).toBe('2 h 05');
    expect(formatDuration(3 * 1440 + 4 * 60 + 7, 'fr')).toBe('3 j 4 h');
    expect(formatDuration(3 * 1440 + 4 * 60, 'en')).toBe('3 d 4 h');
    expect(formatDuration(2 * 1440, 'en')).toBe('2 d');
  });
});

describe('order of the inbox', () => {
  it('puts the nearest deadline first and referrals without one last, newest first', () => {
    const items = [
      { id: 'none-old', dueBy: null, createdAt: at(-300) },
      { id: 'later', dueBy: at(200), createdAt: at(-10) },
      { id: 'overdue', dueBy: at(-5), createdAt: at(-200) },
      { id: 'none-new', dueBy: null, createdAt: at(-1) },
    ];
    expect(byPressure(items).map((i) => i.id)).toEqual(['overdue', 'later', 'none-new', 'none-old']);
  });
});
