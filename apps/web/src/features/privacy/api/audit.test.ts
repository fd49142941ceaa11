import { describe, expect, it } from 'vitest';
import { toCsv } from './audit';

describe('the CSV export', () => {
  it('quotes every field and doubles quotes, so an organisation with a comma stays one column', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "no"']])).toBe('\uFEFF"a","b"\r\n"x, y","say ""no"""\r\n');
  });
});
