import { Row } from './stat-table';

/**
 * RFC 4180 CSV: a header of property names, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break. A field that a spreadsheet would run as a formula is prefixed
 * with a quote mark (OWASP CSV injection), leading whitespace or not; codes and numbers never start that way, so nothing we
 * produce is altered in practice.
 */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets skip leading blanks before reading a formula: " =1+1" runs as well as "=1+1".
  if (/^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\t\r\n]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
