import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DimensionName } from '../domain/dimensions';
import { DateRange, endOf, Period, startOf } from '../domain/periods';
import { CountRow } from './cube-store';
import { inSchema, LIVE_SCHEMA } from './read-model';
import { bucket, groupBy, monthOf } from './sql-fragments';

interface MeasureQuery {
  dimensions: readonly DimensionName[];
  period?: Period;
  range: DateRange;
  /** One region (cases only) or one prosecutor's office (the case's current one). */
  where?: Readonly<{ region?: string; office?: string }>;
}

/** Prison sentence bands, the SQL twin of domain/dimensions.ts sentenceBand(). */
const SENTENCE_BAND = `CASE
  WHEN v.sentence_months IS NULL THEN 'unknown'
  WHEN v.sentence_months = 0 THEN 'none'
  WHEN v.sentence_months < 12 THEN '1-11'
  WHEN v.sentence_months < 60 THEN '12-59'
  WHEN v.sentence_months < 120 THEN '60-119'
  ELSE '120+' END`;

/**
 * The criminal-justice figures counted from the facts directly (indexed by date): volumes here are
 * a fraction of identifications and referrals. Persons at each stage and the time to judgment,
 * which read every stage or every link of a case, have monthly totals instead (cube-specs.ts).
 */
@Injectable()
export class ProsecutionRepository {
  /** Cases opened in the period, by region, prosecutor's office, how they were opened and their current stage. */
  async cases(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const dims = { region: "COALESCE(c.region, 'unknown')", office: "COALESCE(c.office_id, 'unknown')", openedFrom: "COALESCE(c.opened_from, 'unknown')", caseStage: "COALESCE(c.stage, 'unknown')" };
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('c.opened_at'), q.period)} AS bucket ${select(q.dimensions, dims)}, count(*)::int AS count
        FROM ${inSchema(schema, 'case_facts')} c WHERE c.opened_at >= $1 AND c.opened_at < $2${filters(q, { region: 'c.region', office: 'c.office_id' })}
       ${groupBy(q.dimensions.length)}`);
  }

  /** Persons convicted at first instance in the period, by band of prison sentence. */
  async sentences(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const dims = { sentenceBand: SENTENCE_BAND, sex: 'v.sex', nationality: "COALESCE(v.nationality, 'unknown')", iccs: 'code.iccs' };
    const lateral = q.dimensions.includes('iccs') ? 'CROSS JOIN LATERAL unnest(v.iccs) AS code(iccs)' : '';
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('v.rendered_at'), q.period)} AS bucket ${select(q.dimensions, dims)}, count(DISTINCT v.defendant_id)::int AS count
        FROM ${inSchema(schema, 'verdict_facts')} v ${lateral} ${officeJoin(q, schema, 'v')}
       WHERE v.instance = 'first' AND v.outcome = 'convicted' AND v.rendered_at >= $1 AND v.rendered_at < $2${filters(q, { office: 'c.office_id' })}
       ${groupBy(q.dimensions.length)}`);
  }

  /** Hearings scheduled to take place in the period, by kind. */
  async hearings(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('h.at'), q.period)} AS bucket ${select(q.dimensions, { hearingKind: 'h.kind' })}, count(*)::int AS count
        FROM ${inSchema(schema, 'hearing_facts')} h ${officeJoin(q, schema, 'h')}
       WHERE h.at >= $1 AND h.at < $2${filters(q, { office: 'c.office_id' })}
       ${groupBy(q.dimensions.length)}`);
  }

  private async rows(manager: EntityManager, q: MeasureQuery, measures: string[], sql: string): Promise<CountRow[]> {
    const params = [startOf(q.range.from).toISOString(), endOf(q.range.to).toISOString(), ...Object.values(q.where ?? {}).filter((v) => v !== undefined)];
    const result: Record<string, unknown>[] = await manager.query(sql, params);
    return result.map((r) => ({
      month: r.bucket === null ? null : Number(r.bucket),
      levels: q.dimensions.map((_, i) => r[`d${i}`] as string | boolean | number | null),
      values: Object.fromEntries(measures.map((m) => [m, Number(r[m])])),
    }));
  }
}

/** The case (as `c`) of a verdict or hearing, for its current office: joined only when filtering by office. */
function officeJoin(q: MeasureQuery, schema: string, alias: string): string {
  return q.where?.office !== undefined ? `JOIN ${inSchema(schema, 'case_facts')} c ON c.case_id = ${alias}.case_id` : '';
}

/** ` AND <column> = $3…` for each filter given, in the order of `where` (as `rows` passes them). */
function filters(q: MeasureQuery, columns: Partial<Record<'region' | 'office', string>>): string {
  const given = Object.entries(q.where ?? {}).filter(([, v]) => v !== undefined);
  return given.map(([name], i) => {
    const column = columns[name as 'region' | 'office'];
    if (!column) throw new Error(`this measure cannot be filtered by ${name}`);
    return ` AND ${column} = $${3 + i}`;
  }).join('');
}

/** `, <expr> AS d0, <expr> AS d1…` for the dimensions asked, in their order. */
function select(dimensions: readonly string[], expressions: Record<string, string>): string {
  return dimensions.map((d, i) => {
    const expr = expressions[d];
    if (!expr) throw new Error(`no expression for dimension ${d}`);
    return `, ${expr} AS d${i}`;
  }).join('');
}
