import { Grid } from './grid';

/**
 * What a reader can work out of a protected table: an exact integer solver over the hidden cells,
 * used to prove (in tests, and for audits of small tables) that no hidden cell can be recovered.
 *
 * The reader knows the published cells, each hidden cell's label (`<T`: 0..T-1, `x`: T or more)
 * and the table's margins of every order (every sum over one or more axes). `margins: 'exact'`
 * gives the reader every margin exactly; `'published'` only those another table would publish as
 * numbers (0 or at least T), the others as 0..T-1.
 */
export interface IntruderKnowledge {
  threshold: number;
  margins: 'exact' | 'published';
}

interface Constraint {
  vars: number[];
  /** Bounds on the sum of the hidden cells in the constraint, published cells already subtracted. */
  lo: number;
  hi: number;
}

const UNBOUNDED = 1e9;

/** For each cell: true when it is hidden and the published information pins it to its true value. */
export function recoverableCells(shape: readonly number[], values: ArrayLike<number>, hidden: ArrayLike<boolean | number>, knowledge: IntruderKnowledge): boolean[] {
  const grid = new Grid(shape);
  const t = knowledge.threshold;
  const vars: number[] = [];
  const varOf = new Map<number, number>();
  for (let i = 0; i < grid.size; i++) {
    if (hidden[i]) {
      varOf.set(i, vars.length);
      vars.push(i);
    }
  }
  const constraints = marginConstraints(grid, values, varOf, knowledge);
  const lo = vars.map((cell) => (values[cell] < t ? 0 : t));
  const hi = vars.map((cell) => (values[cell] < t ? t - 1 : UNBOUNDED));
  const result = new Array<boolean>(grid.size).fill(false);
  vars.forEach((cell, v) => {
    const value = values[cell];
    const below = lo[v] <= value - 1 && solvable(constraints, lo, hi, v, lo[v], value - 1);
    const above = !below && hi[v] >= value + 1 && solvable(constraints, lo, hi, v, value + 1, hi[v]);
    result[cell] = !below && !above;
  });
  return result;
}

function marginConstraints(grid: Grid, values: ArrayLike<number>, varOf: Map<number, number>, knowledge: IntruderKnowledge): Constraint[] {
  const axes = grid.activeAxes;
  const constraints: Constraint[] = [];
  for (let subset = 1; subset < 1 << axes.length; subset++) {
    const summed = axes.filter((_, i) => subset & (1 << i));
    const groups = new Map<string, { vars: number[]; published: number; total: number }>();
    for (let cell = 0; cell < grid.size; cell++) {
      const coords = grid.coords(cell);
      for (const axis of summed) coords[axis] = -1;
      const key = coords.join(',');
      const group = groups.get(key) ?? { vars: [], published: 0, total: 0 };
      group.total += values[cell];
      const v = varOf.get(cell);
      if (v === undefined) group.published += values[cell];
      else group.vars.push(v);
      groups.set(key, group);
    }
    for (const g of groups.values()) {
      if (!g.vars.length) continue;
      const known = knowledge.margins === 'exact' || g.total === 0 || g.total >= knowledge.threshold;
      const [lo, hi] = known ? [g.total, g.total] : [0, knowledge.threshold - 1];
      constraints.push({ vars: g.vars, lo: lo - g.published, hi: hi - g.published });
    }
  }
  return constraints;
}

/** Is there an integer assignment within the bounds, with variable `v` in [from, to]? */
function solvable(constraints: Constraint[], lo0: number[], hi0: number[], v: number, from: number, to: number): boolean {
  const lo = lo0.slice();
  const hi = hi0.slice();
  lo[v] = Math.max(lo[v], from);
  hi[v] = Math.min(hi[v], to);
  return search(constraints, lo, hi);
}

function search(constraints: Constraint[], lo: number[], hi: number[]): boolean {
  if (!propagate(constraints, lo, hi)) return false;
  let pick = -1;
  for (let v = 0; v < lo.length; v++) {
    if (hi[v] > lo[v] && (pick < 0 || hi[v] - lo[v] < hi[pick] - lo[pick])) pick = v;
  }
  if (pick < 0) return true;
  const mid = Math.floor((lo[pick] + hi[pick]) / 2);
  const left = { lo: lo.slice(), hi: hi.slice() };
  left.hi[pick] = mid;
  if (search(constraints, left.lo, left.hi)) return true;
  const right = { lo: lo.slice(), hi: hi.slice() };
  right.lo[pick] = mid + 1;
  return search(constraints, right.lo, right.hi);
}

/** Bounds propagation over the sum constraints, to a fixed point; false when infeasible. */
function propagate(constraints: Constraint[], lo: number[], hi: number[]): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of constraints) {
      let sumLo = 0;
      let sumHi = 0;
      for (const v of c.vars) {
        sumLo += lo[v];
        sumHi += hi[v];
      }
      if (sumLo > c.hi || sumHi < c.lo) return false;
      for (const v of c.vars) {
        const newLo = Math.max(lo[v], c.lo - (sumHi - hi[v]));
        const newHi = Math.min(hi[v], c.hi - (sumLo - lo[v]));
        if (newLo > newHi) return false;
        if (newLo !== lo[v] || newHi !== hi[v]) {
          sumLo += newLo - lo[v];
          sumHi += newHi - hi[v];
          lo[v] = newLo;
          hi[v] = newHi;
          changed = true;
        }
      }
    }
  }
  return true;
}
