import { CellStatus, protect } from './disclosure/suppress';
import { DimensionName, Level, levelsOf } from './dimensions';

/** What a cell of a published table shows: a number, `<5`-style small-count label, `x` (hidden), or nothing. */
export type Shown = number | string | null;
export type Row = Record<string, Level | Shown>;

export interface Axis {
  /** `period` or a dimension; the property name in every row. */
  name: 'period' | DimensionName;
  levels: Level[];
}

/** The largest grid the disclosure control will process; finer tables must be asked with fewer dimensions. */
export const MAX_PROTECTED_CELLS = 50_000;

export class TableTooDetailed extends Error {
  constructor(readonly cells: number) {
    super(`table of ${cells} cells is too detailed to protect`);
  }
}

/**
 * Counts by period and dimensions, summed from several sources (precomputed monthly totals and
 * the facts at the edges of a range), laid out on the full grid of levels so that disclosure
 * control sees the zeros too.
 */
export class StatTable {
  private readonly cells = new Map<string, { levels: Level[]; values: number[] }>();
  private readonly observed: Set<Level>[];

  constructor(
    readonly axisNames: readonly Axis['name'][],
    readonly fields: readonly string[],
    private readonly fixedLevels: Partial<Record<Axis['name'], Level[]>> = {},
  ) {
    this.observed = axisNames.map(() => new Set<Level>());
  }

  add(levels: Level[], values: Partial<Record<string, number>>): void {
    const key = keyOf(levels);
    const cell = this.cells.get(key) ?? { levels, values: this.fields.map(() => 0) };
    this.fields.forEach((field, i) => (cell.values[i] += Number(values[field] ?? 0)));
    this.cells.set(key, cell);
    levels.forEach((level, axis) => this.observed[axis].add(level));
  }

  value(levels: Level[], field: string): number {
    return this.cells.get(keyOf(levels))?.values[this.fields.indexOf(field)] ?? 0;
  }

  get axes(): Axis[] {
    return this.axisNames.map((name, i) => ({
      name,
      levels: this.fixedLevels[name] ?? (name === 'period' ? [...this.observed[i]].sort() : levelsOf(name, this.observed[i])),
    }));
  }

  /** Every cell with a non-zero value in any field, in display order (period, then each axis's level order). */
  nonZero(): Level[][] {
    const axes = this.axes;
    const order = axes.map((a) => new Map(a.levels.map((l, i) => [l, i])));
    return [...this.cells.values()]
      .filter((c) => c.values.some((v) => v !== 0))
      .map((c) => c.levels)
      .sort((a, b) => {
        for (let i = 0; i < a.length; i++) {
          const d = (order[i].get(a[i]) ?? 0) - (order[i].get(b[i]) ?? 0);
          if (d) return d;
        }
        return 0;
      });
  }

  /** Every cell of the full grid, in display order. */
  allCells(): Level[][] {
    const out: Level[][] = [];
    const axes = this.axes;
    const visit = (depth: number, levels: Level[]) => {
      if (depth === axes.length) return void out.push(levels);
      for (const level of axes[depth].levels) visit(depth + 1, [...levels, level]);
    };
    visit(0, []);
    return out;
  }

  /** Runs disclosure control on each count field; the result says how each cell must be shown. */
  protect(countFields: readonly string[], threshold: number): TableProtection {
    const axes = this.axes;
    const shape = axes.map((a) => Math.max(1, a.levels.length));
    const size = shape.reduce((p, n) => p * n, 1);
    if (size > MAX_PROTECTED_CELLS) throw new TableTooDetailed(size);
    const strides = shape.map((_, i) => shape.slice(i + 1).reduce((p, n) => p * n, 1));
    const indexes = axes.map((a) => new Map(a.levels.map((l, i) => [l, i])));
    const indexOf = (levels: Level[]) => levels.reduce<number>((sum, level, i) => sum + (indexes[i].get(level) ?? 0) * strides[i], 0);
    const statuses = new Map<string, Uint8Array>();
    let hiddenAll = false;
    for (const field of countFields) {
      const values = new Array<number>(size).fill(0);
      const f = this.fields.indexOf(field);
      for (const cell of this.cells.values()) values[indexOf(cell.levels)] += cell.values[f];
      const result = protect(shape, values, threshold);
      statuses.set(field, result.status);
      hiddenAll ||= result.hiddenAll;
    }
    return new TableProtection(this, statuses, indexOf, threshold, hiddenAll);
  }

  /** The grid's cells that are zero but hidden as complements, to be listed among the rows. */
  hiddenZeros(protection: TableProtection, countField: string): Level[][] {
    return this.allCells().filter((levels) => this.value(levels, countField) === 0 && protection.status(levels, countField) !== CellStatus.Published);
  }
}

export class TableProtection {
  constructor(
    private readonly table: StatTable,
    private readonly statuses: Map<string, Uint8Array>,
    private readonly indexOf: (levels: Level[]) => number,
    private readonly threshold: number,
    /** Some field could not be protected cell by cell: all its cells are hidden. */
    readonly hiddenAll: boolean,
  ) {}

  status(levels: Level[], field: string): number {
    const s = this.statuses.get(field);
    if (!s) throw new Error(`no protection computed for ${field}`);
    return s[this.indexOf(levels)];
  }

  isPublished(levels: Level[], field: string): boolean {
    return this.status(levels, field) === CellStatus.Published;
  }

  /** `<5` for a hidden cell under the threshold (a small count, or a zero hidden as a complement), `x` for a hidden larger one. */
  shown(levels: Level[], field: string): Shown {
    const value = this.table.value(levels, field);
    if (this.isPublished(levels, field)) return value;
    return value < this.threshold ? smallLabel(this.threshold) : HIDDEN_LABEL;
  }
}

export const HIDDEN_LABEL = 'x';
export function smallLabel(threshold: number): string {
  return `<${threshold}`;
}

function keyOf(levels: Level[]): string {
  return JSON.stringify(levels);
}
