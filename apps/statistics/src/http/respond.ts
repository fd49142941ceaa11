import { NotAcceptableException } from '@nestjs/common';
import { Request, Response } from 'express';
import { toCsv } from '../domain/csv';
import { Presented } from '../domain/present';
import { Coverage } from '../domain/publication';

export type Format = 'json' | 'csv';

/** JSON unless the client asks for CSV; 406 if it accepts neither. Decided before any work is done. */
export function negotiate(request: Request): Format {
  const type = request.accepts(['application/json', 'text/csv']);
  if (!type) throw new NotAcceptableException({ statusCode: 406, code: 'NOT_ACCEPTABLE' });
  return type === 'text/csv' ? 'csv' : 'json';
}

export interface TableBody {
  rows: Presented['rows'];
  disclosure: Presented['disclosure'];
  coverage: Coverage;
}

/**
 * `{ rows, disclosure, coverage }`, or the same rows as CSV, with the disclosure status and the
 * days counted in headers either way.
 */
export function render(response: Response, format: Format, name: string, table: Presented & { coverage: Coverage }): TableBody | string {
  const { exact, threshold, hiddenAll } = table.disclosure;
  response.setHeader('X-Relais-Disclosure', exact ? 'exact' : `protected; threshold=${threshold}${hiddenAll ? '; hidden-all' : ''}`);
  const { from, to, snapped } = table.coverage;
  response.setHeader('X-Relais-Coverage', `${from}/${to}${snapped ? '; snapped' : ''}`);
  if (format === 'json') return { rows: table.rows, disclosure: table.disclosure, coverage: table.coverage };
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="relais-${name}.csv"`);
  return toCsv(table.columns, table.rows);
}
