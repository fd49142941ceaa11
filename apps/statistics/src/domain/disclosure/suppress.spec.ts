import { recoverableCells } from './intruder';
import { CellStatus, protect } from './suppress';

const T = 5;
const hiddenOf = (status: Uint8Array) => Array.from(status, (s) => s !== CellStatus.Published);

describe('protect (primary and complementary suppression)', () => {
  it('publishes a table with no small cell unchanged', () => {
    const { status, hiddenAll } = protect([2, 3], [10, 0, 7, 5, 12, 9], T);
    expect(Array.from(status)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(hiddenAll).toBe(false);
  });

  it('hides a second cell of a line so that the total does not give the first one back', () => {
    // by sex: female 3, male 40, unknown 0; the total 43 is published by another query.
    const values = [3, 40, 0];
    const { status } = protect([3], values, T);
    expect(status[0]).toBe(CellStatus.Primary);
    expect(Array.from(status).filter((s) => s !== CellStatus.Published)).toHaveLength(2);
    // The cheapest complement is the zero: hiding it costs less information than hiding 40.
    expect(status[2]).toBe(CellStatus.Complementary);
    expect(recoverableCells([3], values, hiddenOf(status), { threshold: T, margins: 'exact' })).toEqual([false, false, false]);
  });

  it('protects a small cell of a two-way table against row and column totals', () => {
    const values = [
      3, 20, 11,
      8, 14, 30,
      12, 9, 6,
    ];
    const { status, hiddenAll } = protect([3, 3], values, T);
    expect(hiddenAll).toBe(false);
    expect(status[0]).toBe(CellStatus.Primary);
    const hidden = hiddenOf(status);
    expect(hidden.filter(Boolean)).toHaveLength(4);
    expect(recoverableCells([3, 3], values, hidden, { threshold: T, margins: 'exact' }).some(Boolean)).toBe(false);
  });

  it('never lets a label lie: a 1 with complements of exactly the threshold moves up, not down', () => {
    // 1 + 5 = 6: if the 5 were the complement, the only other value pair (0, 6) is consistent, but
    // (2, 4) would show 4 as "x" (>= 5). The algorithm must pick a move that keeps every label true.
    const values = [1, 5, 0];
    const { status } = protect([3], values, T);
    const hidden = hiddenOf(status);
    expect(recoverableCells([3], values, hidden, { threshold: T, margins: 'exact' }).some(Boolean)).toBe(false);
  });

  it('hides every cell of a table that cannot be protected cell by cell', () => {
    // Two-level axis, both cells 4, total 8 published elsewhere: each must be 4 whatever is hidden.
    const { status, hiddenAll } = protect([2], [4, 4], T);
    expect(hiddenAll).toBe(true);
    expect(Array.from(status)).toEqual([CellStatus.Primary, CellStatus.Primary]);
  });

  it('treats a single total as its own margin', () => {
    expect(Array.from(protect([1, 1], [3], T).status)).toEqual([CellStatus.Primary]);
    expect(Array.from(protect([], [7], T).status)).toEqual([CellStatus.Published]);
  });

  it('ignores axes with one level', () => {
    const values = [3, 40, 0];
    expect(Array.from(protect([1, 3], values, T).status)).toEqual(Array.from(protect([3], values, T).status));
  });

  it('refuses a threshold below 2 and values that are not counts', () => {
    expect(() => protect([2], [1, 2], 1)).toThrow(/threshold/);
    expect(() => protect([2], [1, -2], T)).toThrow(/not a count/);
    expect(() => protect([2], [1], T)).toThrow(/values for a grid/);
  });
});
