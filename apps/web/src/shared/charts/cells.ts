/**
 * One figure of a published table, as the statistics API gives it: a number, `<5` (a small count
 * suppressed by disclosure control, or a zero hidden as a complement), `x` (hidden, 5 or more),
 * or null (nothing to compute). A suppressed cell is never drawn or added up as a number.
 */
export type Cell =
  | { kind: 'value'; value: number }
  | { kind: 'suppressed'; label: string }
  | { kind: 'none' };

export function toCell(raw: unknown): Cell {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'value', value: raw };
  if (typeof raw === 'string' && raw.trim() !== '') return { kind: 'suppressed', label: raw.trim() };
  return { kind: 'none' };
}

/** The cell as a table shows it: French or English number formatting, `<5` / `x` as given, a dash for nothing. */
export function cellText(cell: Cell, format: (n: number) => string): string {
  if (cell.kind === 'value') return format(cell.value);
  if (cell.kind === 'suppressed') return cell.label;
  return '–';
}

export function numberFormat(language: string, maximumFractionDigits = 2): (n: number) => string {
  const f = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits });
  return (n) => f.format(n);
}

/**
 * The value axis: four equal steps of 1, 2 or 5 × 10^k reaching at least `max`. Counts get
 * whole steps (no "0,25 victim"); shares and rates keep fractions.
 */
export function valueAxis(max: number, integers: boolean): { top: number; ticks: number[] } {
  const raw = Math.max(max, 0) / 4;
  const power = raw > 0 ? 10 ** Math.floor(Math.log10(raw)) : 1;
  let step = raw > 0 ? ([1, 2, 5, 10].find((s) => s * power >= raw) ?? 10) * power : 0.25;
  if (integers) step = Math.max(1, Math.round(step));
  return { top: step * 4, ticks: [0, 1, 2, 3, 4].map((i) => Number((i * step).toPrecision(12))) };
}
