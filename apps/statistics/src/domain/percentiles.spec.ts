import fc from 'fast-check';
import { addToHistogram, nearestRank } from './percentiles';

const fromValues = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) addToHistogram(h, v, 1);
  return h;
};

describe('nearestRank', () => {
  it('takes the lower middle value as the median of an even count', () => {
    expect(nearestRank(fromValues([1, 2, 3, 4]), 50)).toBe(2);
    expect(nearestRank(fromValues([4, 1, 3]), 50)).toBe(3);
  });

  it('gives the textbook values (NIST example: 15, 20, 35, 40, 50)', () => {
    const h = fromValues([15, 20, 35, 40, 50]);
    expect(nearestRank(h, 5)).toBe(15);
    expect(nearestRank(h, 30)).toBe(20);
    expect(nearestRank(h, 40)).toBe(20);
    expect(nearestRank(h, 50)).toBe(35);
    expect(nearestRank(h, 90)).toBe(50);
    expect(nearestRank(h, 100)).toBe(50);
  });

  it('reads counts, not only distinct values', () => {
    // 10 observations: 0 x1, 2 x5, 7 x3, 30 x1 -> rank 5 is 2, rank 9 is 7.
    expect(nearestRank([[0, 1], [2, 5], [7, 3], [30, 1]], 50)).toBe(2);
    expect(nearestRank([[30, 1], [7, 3], [2, 5], [0, 1]], 90)).toBe(7);
  });

  it('has no percentile for no observation and refuses a percentile out of range', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([[3, 0]], 50)).toBeNull();
    expect(() => nearestRank([[1, 1]], 0)).toThrow();
  });

  it('equals the sorted-list definition for any sample (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(nearestRank(fromValues(values), p)).toBe(sorted[Math.ceil((p / 100) * sorted.length) - 1]);
      }),
    );
  });
});
