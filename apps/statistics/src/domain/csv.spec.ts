import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and one line per row, in column order, with CRLF', () => {
    expect(toCsv(['period', 'sex', 'minor', 'count'], [
      { period: '2026-01', sex: 'female', minor: true, count: 12 },
      { period: '2026-01', sex: 'male', minor: false, count: '<5' },
    ])).toBe('period,sex,minor,count\r\n2026-01,female,true,12\r\n2026-01,male,false,<5\r\n');
  });

  it('leaves missing values empty and quotes what needs it', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, b: 'x,y', c: 'say "hi"' }])).toBe('a,b,c\r\n,"x,y","say ""hi"""\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv(['a', 'b'], [{ a: '=HYPERLINK("x")', b: -3 }])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-3\r\n');
  });

  it.each([' =1+1', '\t=1+1', '  @SUM(A1)', '\u00a0+1', '\n-2+3', ' -cmd'])('defuses a formula after leading whitespace: %j', (cell) => {
    const line = toCsv(['a'], [{ a: cell }]).split('\r\n')[1];
    expect(line.replace(/^"/, '')).toMatch(/^'/);
  });

  it('leaves ordinary text with leading spaces alone', () => {
    expect(toCsv(['a'], [{ a: '  Mopti' }])).toBe('a\r\n  Mopti\r\n');
  });
});
