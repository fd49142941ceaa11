import { Grid } from './grid';

/** Published as is; primary (a non-zero count under the threshold); complementary (hidden to protect another cell). */
export const CellStatus = { Published: 0, Primary: 1, Complementary: 2 } as const;

export interface Protection {
  status: Uint8Array;
  /** True when no protecting pattern was found and every cell of the table was hidden. */
  hiddenAll: boolean;
}

export interface ProtectOptions {
  /** Candidate hypercubes examined per sensitive cell before widening the search. */
  candidateBudget?: number;
  /** Above this many candidates the exhaustive search is not attempted; everything is hidden instead. */
  exhaustiveLimit?: number;
}

const DEFAULT_BUDGET = 512;
const DEFAULT_EXHAUSTIVE_LIMIT = 20_000;

/**
 * Primary and complementary cell suppression (hypercube method, after Repsilber; see
 * docs in apps/statistics/README.md).
 *
 * A reader sees published counts exactly, every margin of the table (any row, column or higher
 * total) exactly, and for each hidden cell only its label: `<T` means 0..T-1 (a small count, or a
 * zero hidden as a complement), `x` means T or more. For every sensitive cell the algorithm hides
 * the corners of a hypercube (two levels per axis) so that adding +1/-1 alternately to its corners
 * keeps every label true. That move changes no total of any order, so each hidden corner keeps at
 * least two values consistent with everything published. Moves stay valid when more cells are
 * hidden later, so protection never has to be re-checked. Where no such hypercube exists, every
 * cell is hidden: the table is too sparse to publish at that level of detail.
 */
export function protect(shape: readonly number[], values: ArrayLike<number>, threshold: number, options: ProtectOptions = {}): Protection {
  if (!Number.isInteger(threshold) || threshold < 2) throw new Error('protect: the threshold must be an integer of at least 2');
  const grid = new Grid(shape);
  if (values.length !== grid.size) throw new Error(`protect: ${values.length} values for a grid of ${grid.size} cells`);
  const status = new Uint8Array(grid.size);
  for (let i = 0; i < grid.size; i++) {
    const v = values[i];
    if (!Number.isInteger(v) || v < 0) throw new Error(`protect: cell ${i} is not a count (${v})`);
    if (v > 0 && v < threshold) status[i] = CellStatus.Primary;
  }
  const axes = grid.activeAxes;
  // A table without two levels on any axis is a single total: it has no margin but itself.
  if (axes.length === 0) return { status, hiddenAll: false };

  const search = new HypercubeSearch(grid, axes, values, status, threshold, options);
  const covered = new Uint8Array(grid.size);
  for (let cell = 0; cell < grid.size; cell++) {
    if (status[cell] !== CellStatus.Primary || covered[cell]) continue;
    const corners = search.bestFor(cell);
    if (!corners) {
      for (let i = 0; i < grid.size; i++) if (status[i] === CellStatus.Published) status[i] = CellStatus.Complementary;
      return { status, hiddenAll: true };
    }
    for (const corner of corners) {
      if (status[corner] === CellStatus.Published) status[corner] = CellStatus.Complementary;
      covered[corner] = 1;
    }
  }
  return { status, hiddenAll: false };
}

class HypercubeSearch {
  private readonly ranked: number[][];
  private readonly strides: number[];
  private readonly budget: number;
  private readonly exhaustiveLimit: number;
  /** Reused buffers: corner cell indexes of the current candidate, and the sign of each corner. */
  private readonly corners: Int32Array;
  private readonly signs: Int8Array;

  constructor(
    private readonly grid: Grid,
    private readonly axes: number[],
    private readonly values: ArrayLike<number>,
    private readonly status: Uint8Array,
    private readonly threshold: number,
    options: ProtectOptions,
  ) {
    this.budget = options.candidateBudget ?? DEFAULT_BUDGET;
    this.exhaustiveLimit = options.exhaustiveLimit ?? DEFAULT_EXHAUSTIVE_LIMIT;
    this.strides = axes.map((axis) => grid.strides[axis]);
    const count = 1 << axes.length;
    this.corners = new Int32Array(count);
    // Corners an even number of steps from the sensitive cell move with it, the others against it.
    this.signs = new Int8Array(count);
    for (let mask = 0; mask < count; mask++) this.signs[mask] = popcount(mask) % 2 ? -1 : 1;
    // Levels holding more of the table first: their cells are likelier to be non-zero corners.
    this.ranked = axes.map((axis) => {
      const n = grid.shape[axis];
      const stride = grid.strides[axis];
      const mass = new Array<number>(n).fill(0);
      for (let i = 0; i < grid.size; i++) mass[Math.floor(i / stride) % n] += values[i];
      return mass.map((m, level) => ({ m, level })).sort((a, b) => b.m - a.m || a.level - b.level).map((x) => x.level);
    });
  }

  /** The cheapest hypercube through `cell` that protects it, or undefined. */
  bestFor(cell: number): number[] | undefined {
    const origin = this.axes.map((axis) => Math.floor(cell / this.grid.strides[axis]) % this.grid.shape[axis]);
    const alternatives = this.ranked.map((levels, i) => levels.filter((level) => level !== origin[i]));
    const total = alternatives.reduce((p, a) => p * a.length, 1);
    const found = this.searchWithin(cell, origin, trim(alternatives, this.budget));
    if (found || total <= this.budget || total > this.exhaustiveLimit) return found;
    return this.searchWithin(cell, origin, alternatives);
  }

  private searchWithin(cell: number, origin: number[], alternatives: number[][]): number[] | undefined {
    const k = alternatives.length;
    const deltas = new Array<number>(k);
    let best: { corners: number[]; cost: number } | undefined;
    const visit = (depth: number): boolean => {
      if (depth === k) {
        const cost = this.evaluate(cell, deltas);
        if (cost !== undefined && (!best || cost < best.cost)) best = { corners: Array.from(this.corners), cost };
        return best?.cost === 0;
      }
      for (const level of alternatives[depth]) {
        deltas[depth] = (level - origin[depth]) * this.strides[depth];
        if (visit(depth + 1)) return true;
      }
      return false;
    };
    visit(0);
    return best?.corners;
  }

  /**
   * Fills `corners` for the hypercube whose axis i steps by deltas[i] cells, and returns the cost
   * of hiding it (the counts newly hidden, plus one per cell), or undefined when no +1/-1 move
   * keeps every label true.
   */
  private evaluate(cell: number, deltas: number[]): number | undefined {
    const corners = this.corners;
    corners[0] = cell;
    for (let mask = 1; mask < corners.length; mask++) {
      const bit = 31 - Math.clz32(mask & -mask);
      corners[mask] = corners[mask & (mask - 1)] + deltas[bit];
    }
    let up = true;
    let down = true;
    let cost = 0;
    const t = this.threshold;
    for (let mask = 0; mask < corners.length; mask++) {
      const v = this.values[corners[mask]];
      const s = this.signs[mask];
      // A hidden cell's label says only whether it is under the threshold: the move must not cross it.
      if (v < t) {
        if (v + s < 0 || v + s >= t) up = false;
        if (v - s < 0 || v - s >= t) down = false;
      } else {
        if (v + s < t) up = false;
        if (v - s < t) down = false;
      }
      if (!up && !down) return undefined;
      if (this.status[corners[mask]] === CellStatus.Published) cost += 1 + v;
    }
    return cost;
  }
}

function popcount(n: number): number {
  let count = 0;
  for (let x = n; x; x &= x - 1) count++;
  return count;
}

/** Keeps the best-ranked levels of each axis so that the product of the counts stays within the budget. */
function trim(alternatives: number[][], budget: number): number[][] {
  const counts = alternatives.map((a) => a.length);
  while (counts.reduce((p, n) => p * n, 1) > budget) {
    const widest = counts.indexOf(Math.max(...counts));
    if (counts[widest] <= 1) break;
    counts[widest] -= 1;
  }
  return alternatives.map((a, i) => a.slice(0, counts[i]));
}
