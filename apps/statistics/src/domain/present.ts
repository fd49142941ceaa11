import { Level } from './dimensions';
import { Row, Shown, StatTable, TableProtection } from './stat-table';

export interface Disclosure {
  /** Exact counts (coordinator, statistician) or a protected table (everyone else, and the public). */
  exact: boolean;
  threshold: number;
  /** A field could not be protected cell by cell, so all its cells are hidden. */
  hiddenAll: boolean;
}

export interface Presented {
  /** Property names of every row, in order: the CSV header. */
  columns: string[];
  rows: Row[];
  disclosure: Disclosure;
}

/** What a derived field (share, median, rate) may read of its row. */
export interface CellView {
  levels: Level[];
  value(field: string): number;
  /** Always true in an exact table. */
  published(field: string): boolean;
  exact: boolean;
  threshold: number;
}

export interface DerivedField {
  name: string;
  compute(cell: CellView): Shown;
}

export interface PresentOptions {
  countFields: readonly string[];
  derived?: readonly DerivedField[];
  exact: boolean;
  threshold: number;
  /** List every cell of the grid, zeros included (a questionnaire layout), not only non-zero ones. */
  allCells?: boolean;
}

/** Lays a table out as rows, with disclosure control unless exact counts were asked for. */
export function present(table: StatTable, options: PresentOptions): Presented {
  const axes = table.axes;
  const derived = options.derived ?? [];
  const columns = [...axes.map((a) => a.name), ...options.countFields, ...derived.map((d) => d.name)];
  const protection: TableProtection | undefined = options.exact ? undefined : table.protect(options.countFields, options.threshold);
  const cells = options.allCells ? table.allCells() : table.nonZero();
  if (protection && !options.allCells) {
    const seen = new Set(cells.map((c) => JSON.stringify(c)));
    for (const field of options.countFields) {
      for (const levels of table.hiddenZeros(protection, field)) {
        const key = JSON.stringify(levels);
        if (!seen.has(key)) {
          seen.add(key);
          cells.push(levels);
        }
      }
    }
    sortCells(cells, axes.map((a) => a.levels));
  }
  const rows = cells.map((levels) => {
    const row: Row = {};
    axes.forEach((axis, i) => (row[axis.name] = levels[i]));
    for (const field of options.countFields) row[field] = protection ? protection.shown(levels, field) : table.value(levels, field);
    const view: CellView = {
      levels,
      value: (field) => table.value(levels, field),
      published: (field) => !protection || protection.isPublished(levels, field),
      exact: options.exact,
      threshold: options.threshold,
    };
    for (const d of derived) row[d.name] = d.compute(view);
    return row;
  });
  return { columns, rows, disclosure: { exact: options.exact, threshold: options.threshold, hiddenAll: protection?.hiddenAll ?? false } };
}

function sortCells(cells: Level[][], levels: Level[][]): void {
  const order = levels.map((ls) => new Map(ls.map((l, i) => [l, i])));
  cells.sort((a, b) => {
    for (let i = 0; i < a.length; i++) {
      const d = (order[i].get(a[i]) ?? 0) - (order[i].get(b[i]) ?? 0);
      if (d) return d;
    }
    return 0;
  });
}

/** A ratio shown only when both its terms are shown: otherwise it would give a hidden one back. */
export function share(numerator: string, denominator: string): DerivedField['compute'] {
  return (cell) => {
    const d = cell.value(denominator);
    if (d === 0) return null;
    if (!cell.published(numerator) || !cell.published(denominator)) return 'x';
    return Math.round((cell.value(numerator) / d) * 1000) / 1000;
  };
}
