import { describe, expect, it } from 'vitest';
import { addMonths, byDay, dayKey, initialMonth, monthGrid, moveDay } from './month';

describe('month calendar arithmetic', () => {
  it('lays a month out in Monday-first weeks, with the neighbouring days marked', () => {
    const weeks = monthGrid({ year: 2027, month: 0 }); // 1 January 2027 is a Friday
    expect(weeks).toHaveLength(5);
    expect(weeks[0].map((d) => d.key)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weeks[0].map((d) => d.inMonth)).toEqual([false, false, false, false, true, true, true]);
    expect(weeks[4][6].key).toBe('2027-01-31');
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthGrid({ year: 2027, month: 1 })).toHaveLength(4);
  });

  it('moves through months across years', () => {
    expect(addMonths({ year: 2027, month: 0 }, -1)).toEqual({ year: 2026, month: 11 });
    expect(addMonths({ year: 2026, month: 11 }, 1)).toEqual({ year: 2027, month: 0 });
  });

  it('groups items by local day in time order', () => {
    const at = (d: number, h: number) => new Date(2027, 0, d, h).toISOString();
    const days = byDay([{ at: at(15, 14) }, { at: at(15, 9) }, { at: at(16, 8) }]);
    expect([...days.keys()]).toEqual(['2027-01-15', '2027-01-16']);
    expect(days.get('2027-01-15')).toEqual([{ at: at(15, 9) }, { at: at(15, 14) }]);
  });

  it('moves the focus by day, week, week edge and month, clamping to the month’s last day', () => {
    expect(moveDay('2027-01-31', 'ArrowRight')).toBe('2027-02-01');
    expect(moveDay('2027-01-01', 'ArrowUp')).toBe('2026-12-25');
    expect(moveDay('2027-01-15', 'Home')).toBe('2027-01-11');
    expect(moveDay('2027-01-15', 'End')).toBe('2027-01-17');
    expect(moveDay('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(moveDay('2027-03-31', 'PageUp')).toBe('2027-02-28');
    expect(moveDay('2027-01-15', 'a')).toBeUndefined();
  });

  it('opens on the next hearing’s month, else the latest one’s, else the current month', () => {
    const now = new Date(2026, 11, 7);
    expect(initialMonth([{ at: new Date(2026, 5, 1).toISOString() }, { at: new Date(2027, 0, 15).toISOString() }], now)).toEqual({ year: 2027, month: 0 });
    expect(initialMonth([{ at: new Date(2026, 5, 1).toISOString() }], now)).toEqual({ year: 2026, month: 5 });
    expect(initialMonth([], now)).toEqual({ year: 2026, month: 11 });
    expect(dayKey(now)).toBe('2026-12-07');
  });
});
