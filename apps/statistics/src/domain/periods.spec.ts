import { monthIndex, periodLabel, periodsOf, splitRange } from './periods';

describe('periods', () => {
  it('labels months, quarters and years', () => {
    const march = monthIndex('2026-03-15T10:00:00Z');
    expect(periodLabel(march, 'month')).toBe('2026-03');
    expect(periodLabel(march, 'quarter')).toBe('2026-Q1');
    expect(periodLabel(monthIndex('2026-10-01T00:00:00Z'), 'quarter')).toBe('2026-Q4');
    expect(periodLabel(march, 'year')).toBe('2026');
  });

  it('lists every period of a range, empty ones included', () => {
    expect(periodsOf({ from: '2025-11-20', to: '2026-02-01' }, 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsOf({ from: '2025-11-20', to: '2026-02-01' }, 'quarter')).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodsOf({ from: '2024-01-01', to: '2026-12-31' }, 'year')).toEqual(['2024', '2025', '2026']);
  });

  it('splits a range into whole months and the days at its edges', () => {
    expect(splitRange({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      months: { first: monthIndex('2026-01-01'), last: monthIndex('2026-12-01') },
      edges: [],
    });
    const split = splitRange({ from: '2026-01-15', to: '2026-04-10' });
    expect(split.months).toEqual({ first: monthIndex('2026-02-01'), last: monthIndex('2026-03-01') });
    expect(split.edges.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual([
      ['2026-01-15T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
      ['2026-04-01T00:00:00.000Z', '2026-04-11T00:00:00.000Z'],
    ]);
  });

  it('answers a range inside one month from the facts alone', () => {
    const split = splitRange({ from: '2026-02-03', to: '2026-02-27' });
    expect(split.months).toBeUndefined();
    expect(split.edges.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual([['2026-02-03T00:00:00.000Z', '2026-02-28T00:00:00.000Z']]);
  });

  it('counts a range ending on the last day of a month as whole', () => {
    expect(splitRange({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ months: { first: monthIndex('2026-02-01'), last: monthIndex('2026-02-01') }, edges: [] });
  });
});
