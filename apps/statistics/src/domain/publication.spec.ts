import fc from 'fast-check';
import { NothingPublishedYet, publishedRange, publishedUpTo, publishedYear } from './publication';

const NOW = '2026-12-07';

describe('published coverage', () => {
  it('ends at the last complete month', () => {
    expect(publishedUpTo(NOW)).toBe('2026-11-30');
    expect(publishedUpTo('2027-01-01')).toBe('2026-12-31');
    expect(publishedUpTo('2024-03-15')).toBe('2024-02-29');
  });

  it('keeps a whole-month range as it is', () => {
    expect(publishedRange({ from: '2026-01-01', to: '2026-06-30' }, NOW)).toEqual({ from: '2026-01-01', to: '2026-06-30', snapped: false });
  });

  it('widens days to whole months and cuts at the last complete month, and says so', () => {
    expect(publishedRange({ from: '2026-03-14', to: '2026-05-02' }, NOW)).toEqual({ from: '2026-03-01', to: '2026-05-31', snapped: true });
    expect(publishedRange({ from: '2026-01-01', to: NOW }, NOW)).toEqual({ from: '2026-01-01', to: '2026-11-30', snapped: true });
  });

  it('publishes nothing for a range inside the current month', () => {
    expect(() => publishedRange({ from: '2026-12-01', to: NOW }, NOW)).toThrow(NothingPublishedYet);
  });

  it('gives the same coverage to any two ends in the same month: no day can be differenced out', () => {
    const isoDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
    // Two ends in one month (days 1-28 exist in every month), and a start at most 40 months before it.
    const sample = fc.record({ year: fc.integer({ min: 2019, max: 2027 }), month: fc.integer({ min: 0, max: 11 }), a: fc.integer({ min: 1, max: 28 }), b: fc.integer({ min: 1, max: 28 }), back: fc.integer({ min: 0, max: 40 }), startDay: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(sample, ({ year, month, a, b, back, startDay }) => {
        const from = isoDay(year, month - back, Math.min(startDay, back === 0 ? Math.min(a, b) : 28));
        const cover = (to: string) => {
          try {
            return publishedRange({ from, to }, NOW);
          } catch (error) {
            return (error as Error).message;
          }
        };
        expect(cover(isoDay(year, month, a))).toEqual(cover(isoDay(year, month, b)));
      }),
    );
  });

  it('publishes a year once it is over', () => {
    expect(publishedYear(undefined, NOW)).toBe(2025);
    expect(publishedYear(2024, NOW)).toBe(2024);
    expect(() => publishedYear(2026, NOW)).toThrow(NothingPublishedYet);
  });
});
