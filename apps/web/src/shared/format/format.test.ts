import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber } from './format';

describe('formatting', () => {
  it('shows a calendar day as that day in every time zone', () => {
    expect(formatDay('2026-01-01', 'fr')).toBe('1 janvier 2026');
    expect(formatDay('2026-01-01', 'en')).toBe('January 1, 2026');
  });

  it('leaves an unreadable date as it came', () => {
    expect(formatDay('demain', 'fr')).toBe('demain');
  });

  it('groups digits the French way', () => {
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
  });
});
