import { describe, expect, it } from 'vitest';
import { cellText, niceMax, numberFormat, toCell } from './cells';

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

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(130)).toBe(200);
  });
});
