import fc from 'fast-check';
import { recoverableCells } from './intruder';
import { CellStatus, protect } from './suppress';

/**
 * The guarantee, checked against an exact integer solver playing the reader: for any table, either
 * every hidden cell keeps at least two values consistent with the published cells, the labels
 * and every margin of the table known exactly; or the table could not be protected cell by cell and
 * every cell is hidden.
 */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 14 }) },
);

const table = (maxDims: number, maxLevels: number) =>
  fc
    .array(fc.integer({ min: 1, max: maxLevels }), { minLength: 1, maxLength: maxDims })
    .chain((shape) => fc.record({
      shape: fc.constant(shape),
      values: fc.array(count, { minLength: shape.reduce((p, n) => p * n, 1), maxLength: shape.reduce((p, n) => p * n, 1) }),
      threshold: fc.constantFrom(3, 5),
    }));

function check({ shape, values, threshold }: { shape: number[]; values: number[]; threshold: number }): boolean {
  const { status, hiddenAll } = protect(shape, values, threshold);
  const hidden = Array.from(status, (s) => s !== CellStatus.Published);
  // Every non-zero count under the threshold is hidden, and nothing else is primary.
  values.forEach((v, i) => {
    if (v > 0 && v < threshold) expect(status[i]).toBe(CellStatus.Primary);
    else expect(status[i]).not.toBe(CellStatus.Primary);
  });
  if (hiddenAll) {
    expect(hidden.every(Boolean)).toBe(true);
    return true;
  }
  const recovered = recoverableCells(shape, values, hidden, { threshold, margins: 'exact' });
  const leaks = recovered.map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
  expect({ shape, values, leaks }).toEqual({ shape, values, leaks: [] });
  return true;
}

describe('disclosure control holds against an exact reader (property)', () => {
  it('one- and two-way tables', () => {
    fc.assert(fc.property(table(2, 5), check), { numRuns: 400 });
  });

  it('three-way tables', () => {
    fc.assert(fc.property(table(3, 3), check), { numRuns: 150 });
  });

  it('rarely needs to hide a whole two-way table', () => {
    let hiddenAll = 0;
    const runs = 300;
    fc.assert(
      fc.property(table(2, 5), ({ shape, values, threshold }) => {
        if (protect(shape, values, threshold).hiddenAll) hiddenAll += 1;
      }),
      { numRuns: runs, seed: 20261201 },
    );
    expect(hiddenAll / runs).toBeLessThan(0.2);
  });
});
