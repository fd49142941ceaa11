import { useEffect, useId, useRef, useState } from 'react';
import { type Cell, valueAxis } from './cells';
import './charts.css';

export type ChartKind = 'bar' | 'stackedBar' | 'line';

export interface ChartSeries {
  key: string;
  label: string;
  cells: Cell[];
}

export interface ChartProps {
  kind: ChartKind;
  categories: string[];
  series: ChartSeries[];
  format: (n: number) => string;
  /** Names the chart for screen readers; the table beside it carries the figures. */
  label: string;
  /** Legend text of the hatched mark, e.g. "<5 : chiffre masqué". */
  suppressedLegend: string;
  /** Whole-number axis (counts); false for shares, medians and rates. */
  integers?: boolean;
}

// Colour-blind-safe (Okabe–Ito), each ≥ 3:1 against white.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56606b'];
const WIDEST = 640;
const H = 260;

/** The figure's width in CSS pixels (640 until measured): drawing at it keeps 11 px text 11 px on a phone. */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(WIDEST);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.min(WIDEST, Math.round(entry.contentRect.width)))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
const M = { top: 18, right: 8, bottom: 70, left: 52 };
const SUPPRESSED_H = 16;

/**
 * A small SVG chart (bar, stacked bar, line). Suppressed cells are drawn as hatched marks labelled
 * with what the API said (`<5`, `x`), at a fixed height: never as a number, never as zero.
 */
export function Chart({ kind, categories, series, format, label, suppressedLegend, integers = true }: ChartProps) {
  const id = useId().replace(/:/g, '');
  const [figure, W] = useWidth();
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const values = (cells: Cell[]) => cells.map((c) => (c.kind === 'value' ? c.value : 0));
  const { top: max, ticks } = valueAxis(
    kind === 'stackedBar'
      ? Math.max(0, ...categories.map((_, i) => series.reduce((sum, s) => sum + values(s.cells)[i], 0)))
      : Math.max(0, ...series.flatMap((s) => values(s.cells))),
    integers,
  );
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const band = plotW / Math.max(1, categories.length);
  const x0 = (i: number) => M.left + i * band;
  // Labels lie flat when they fit their band (~6.5 px a character at 11 px), else slant.
  const longest = Math.max(0, ...categories.map((c) => c.length));
  const rotate = longest * 6.5 > band - 4;
  // Slanted labels need ~22 px each; on a narrow chart every n-th is named (the table names all).
  const every = rotate ? Math.ceil(22 / band) : 1;
  const hasSuppressed = series.some((s) => s.cells.some((c) => c.kind === 'suppressed'));

  const marks = series.flatMap((s, si) => {
    const colour = COLOURS[si % COLOURS.length];
    if (kind === 'line') return [];
    return s.cells.map((cell, i) => {
      const key = `${s.key}-${i}`;
      if (kind === 'stackedBar') {
        const below = series.slice(0, si).reduce((sum, o) => sum + values(o.cells)[i], 0);
        const w = band * 0.6;
        const x = x0(i) + band * 0.2;
        if (cell.kind === 'value' && cell.value > 0) {
          return <rect key={key} x={x} y={y(below + cell.value)} width={w} height={y(below) - y(below + cell.value)} fill={colour} />;
        }
        if (cell.kind !== 'suppressed') return null;
        // Above the stack of figures, one hatched box per suppressed segment.
        const total = series.reduce((sum, o) => sum + values(o.cells)[i], 0);
        const before = series.slice(0, si).filter((o) => o.cells[i].kind === 'suppressed').length;
        const top = y(total) - (before + 1) * SUPPRESSED_H;
        return (
          <g key={key} className="chart-suppressed">
            <rect x={x} y={top} width={w} height={SUPPRESSED_H} fill={`url(#${id}-hatch)`} stroke={colour} strokeWidth={2} />
            <text x={x + w / 2} y={top + SUPPRESSED_H - 4} textAnchor="middle" className="chart-suppressed-label">{cell.label}</text>
          </g>
        );
      }
      const inner = (band * 0.8) / series.length;
      const x = x0(i) + band * 0.1 + si * inner;
      if (cell.kind === 'value') {
        return <rect key={key} x={x} y={y(cell.value)} width={Math.max(1, inner - 2)} height={y(0) - y(cell.value)} fill={colour} />;
      }
      if (cell.kind !== 'suppressed') return null;
      return (
        <g key={key} className="chart-suppressed">
          <rect x={x} y={y(0) - SUPPRESSED_H} width={Math.max(1, inner - 2)} height={SUPPRESSED_H} fill={`url(#${id}-hatch)`} stroke={colour} strokeWidth={1.5} strokeDasharray="3 2" />
          <text x={x + inner / 2} y={y(0) - SUPPRESSED_H - 4} textAnchor="middle" className="chart-suppressed-label">{cell.label}</text>
        </g>
      );
    });
  });

  const lines =
    kind !== 'line'
      ? []
      : series.map((s, si) => {
          const colour = COLOURS[si % COLOURS.length];
          const cx = (i: number) => x0(i) + band / 2;
          // Broken at every cell that is not a figure: a gap says "not published", a line through would invent one.
          const runs: string[][] = [[]];
          s.cells.forEach((c, i) => (c.kind === 'value' ? runs[runs.length - 1].push(`${cx(i)},${y(c.value)}`) : runs.push([])));
          return (
            <g key={s.key}>
              {runs.filter((r) => r.length > 1).map((r, ri) => <polyline key={ri} points={r.join(' ')} fill="none" stroke={colour} strokeWidth={2.5} />)}
              {s.cells.map((c, i) =>
                c.kind === 'value' ? (
                  <circle key={i} cx={cx(i)} cy={y(c.value)} r={3.5} fill={colour} />
                ) : c.kind === 'suppressed' ? (
                  <g key={i} className="chart-suppressed">
                    <rect x={cx(i) - 7} y={y(0) - SUPPRESSED_H} width={14} height={SUPPRESSED_H} fill={`url(#${id}-hatch)`} stroke={colour} />
                    <text x={cx(i)} y={y(0) - SUPPRESSED_H - 4 - si * 12} textAnchor="middle" className="chart-suppressed-label">{c.label}</text>
                  </g>
                ) : null,
              )}
            </g>
          );
        });

  return (
    <figure className="chart" ref={figure}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="chart-svg">
        <defs>
          <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={6} stroke="#56606b" strokeWidth={2} />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">{format(t)}</text>
          </g>
        ))}
        {marks}
        {lines}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="chart-axis" />
        {categories.map((c, i) => {
          if (i % every !== 0) return null;
          const cx = x0(i) + band / 2;
          const ty = y(0) + 14;
          return (
            <text key={i} x={cx} y={ty} textAnchor={rotate ? 'end' : 'middle'} transform={rotate ? `rotate(-40 ${cx} ${ty})` : undefined} className="chart-tick">
              {rotate && c.length > 16 ? `${c.slice(0, 15)}…` : c}
            </text>
          );
        })}
      </svg>
      {(series.length > 1 || hasSuppressed) && (
        <figcaption className="chart-legend">
          {series.length > 1 &&
            series.map((s, si) => (
              <span key={s.key}>
                <span className="chart-swatch" style={{ background: COLOURS[si % COLOURS.length] }} aria-hidden="true" />
                {s.label}
              </span>
            ))}
          {hasSuppressed && (
            <span>
              <svg width="14" height="14" aria-hidden="true" className="chart-swatch-svg">
                <rect x={1} y={1} width={12} height={12} fill={`url(#${id}-hatch)`} stroke="#56606b" />
              </svg>
              {suppressedLegend}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
