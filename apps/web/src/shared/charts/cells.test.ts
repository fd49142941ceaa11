import { describe, expect, it } from 'vitest';
import { cellText, numberFormat, toCell, valueAxis } from './cells';

describe('published cells', () => {
  const fr = numberFormat('fr');

  it('keeps a suppressed cell as its label, never as a number or zero', () => {
    expect(toCell('<5')).toEqual({ kind: 'suppressed', label: '<5' });
    expect(toCell('x')).toEqual({ kind: 'suppressed', label: 'x' });
    expect(cellText(toCell('<5'), fr)).toBe('<5');
    expect(cellText(toCell('x'), fr)).toBe('x');
  });

  it('shows numbers the French way, a published zero as 0 and nothing as a dash', () => {
    expect(cellText(toCell(12345.5), fr)).toBe('12\u202f345,5');
    expect(cellText(toCell(12345.5), numberFormat('en'))).toBe('12,345.5');
    expect(cellText(toCell(0), fr)).toBe('0');
    expect(cellText(toCell(null), fr)).toBe('–');
    expect(cellText(toCell(undefined), fr)).toBe('–');
  });

  it('puts the value axis on whole numbers for counts, fractions for shares', () => {
    expect(valueAxis(0, true).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(valueAxis(7, true).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(valueAxis(130, true).top).toBe(200);
    expect(valueAxis(0, false).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(valueAxis(0.04, false).ticks).toEqual([0, 0.01, 0.02, 0.03, 0.04]);
    expect(valueAxis(0.75, false).top).toBe(0.8);
  });
});
