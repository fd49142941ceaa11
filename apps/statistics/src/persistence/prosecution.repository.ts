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
 * The criminal-justice figures. Volumes here are a fraction of identifications and referrals, so
 * they are counted from the facts directly (indexed by date) rather than from monthly totals.
 */
@Injectable()
export class ProsecutionRepository {
  /**
   * Persons at each GLOTIP / UN-CTS stage, each stage counted in the period of its own date:
   * `count` is the persons brought into formal contact (recorded as defendant), then those
   * prosecuted (charged), convicted and acquitted at first instance. By ICCS code, a person counts
   * once per code charged (or convicted of); `none` before any charge.
   */
  async persons(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const s = (t: Parameters<typeof inSchema>[1]) => inSchema(schema, t);
    const n = q.dimensions.length;
    /** Counts of one stage by period and levels: `stage` is a literal or the verdict's outcome. */
    const branch = (o: { stage: string; from: string; at: string; sex: string; nationality: string; iccs: string; where?: string }) => {
      const dims: Record<string, string> = { sex: o.sex, nationality: o.nationality, iccs: 'code.iccs' };
      const lateral = q.dimensions.includes('iccs') ? `CROSS JOIN LATERAL unnest(COALESCE(NULLIF(${o.iccs}, '{}'), ARRAY['none'])) AS code(iccs)` : '';
      return `SELECT ${bucket(monthOf(o.at), q.period)} AS bucket ${select(q.dimensions, dims)}, ${o.stage} AS stage, count(*)::int AS n
                FROM ${o.from} ${lateral} WHERE ${o.at} >= $1 AND ${o.at} < $2 ${o.where ?? ''} ${groupBy(n)}${o.stage.startsWith("'") ? '' : `, ${o.stage}`}`;
    };
    const defendant = { from: `${s('defendant_facts')} d`, sex: "COALESCE(d.sex, 'unknown')", nationality: "COALESCE(d.nationality, 'unknown')", iccs: 'd.charged_iccs' };
    const branches = [
      branch({ ...defendant, stage: "'formalContact'", at: 'd.added_at' }),
      branch({ ...defendant, stage: "'prosecuted'", at: 'd.charged_at' }),
      branch({ stage: 'v.outcome', from: `${s('verdict_facts')} v`, at: 'v.rendered_at', sex: 'v.sex', nationality: "COALESCE(v.nationality, 'unknown')", iccs: 'v.iccs', where: "AND v.instance = 'first'" }),
    ];
    const levels = Array.from({ length: n }, (_, i) => `, d${i}`).join('');
    const sum = (name: string) => `COALESCE(sum(n) FILTER (WHERE stage = '${name}'), 0)::int`;
    return this.rows(manager, q, ['count', 'prosecuted', 'convicted', 'acquitted'], `
      SELECT bucket ${levels}, ${sum('formalContact')} AS count, ${sum('prosecuted')} AS prosecuted,
             ${sum('convicted')} AS convicted, ${sum('acquitted')} AS acquitted
        FROM (${branches.join(' UNION ALL ')}) AS stages
       ${groupBy(n)}`);
  }

  /** Cases opened in the period, by region, prosecutor's office, how they were opened and their current stage. */
  async cases(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const dims = { region: "COALESCE(c.region, 'unknown')", office: "COALESCE(c.office_id, 'unknown')", openedFrom: "COALESCE(c.opened_from, 'unknown')", caseStage: "COALESCE(c.stage, 'unknown')" };
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('c.opened_at'), q.period)} AS bucket ${select(q.dimensions, dims)}, count(*)::int AS count
        FROM ${inSchema(schema, 'case_facts')} c WHERE c.opened_at >= $1 AND c.opened_at < $2
       ${groupBy(q.dimensions.length)}`);
  }

  /** Persons convicted at first instance in the period, by band of prison sentence. */
  async sentences(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const dims = { sentenceBand: SENTENCE_BAND, sex: 'v.sex', nationality: "COALESCE(v.nationality, 'unknown')", iccs: 'code.iccs' };
    const lateral = q.dimensions.includes('iccs') ? 'CROSS JOIN LATERAL unnest(v.iccs) AS code(iccs)' : '';
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('v.rendered_at'), q.period)} AS bucket ${select(q.dimensions, dims)}, count(DISTINCT v.defendant_id)::int AS count
        FROM ${inSchema(schema, 'verdict_facts')} v ${lateral}
       WHERE v.instance = 'first' AND v.outcome = 'convicted' AND v.rendered_at >= $1 AND v.rendered_at < $2
       ${groupBy(q.dimensions.length)}`);
  }

  /**
   * Whole days from identification to the first first-instance judgment in a case the victim is
   * linked to (directly, or through a case merged into another), as a histogram by the period of
   * the judgment: (levels..., days) -> victims.
   */
  async daysToJudgment(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const s = (t: Parameters<typeof inSchema>[1]) => inSchema(schema, t);
    const dims = { region: "COALESCE(i.region, 'unknown')", sex: 'i.sex', minor: 'i.minor', days: 'GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (vj.at - i.identified_at)) / 86400))::int' };
    const withDays = [...q.dimensions, 'days'] as DimensionName[];
    // A case's first judgment also judges the victims of the cases merged into it. Candidates are
    // the victims of cases judged in the period; each keeps its first judgment over all its cases.
    return this.rows(manager, { ...q, dimensions: withDays }, ['n'], `
      WITH judged AS (
        SELECT j.case_id FROM ${s('case_facts')} j WHERE j.first_judgment_at >= $1 AND j.first_judgment_at < $2
        UNION ALL
        SELECT merged.case_id FROM ${s('case_facts')} j JOIN ${s('case_facts')} merged ON merged.merged_into = j.case_id
         WHERE merged.merged_into IS NOT NULL AND j.first_judgment_at >= $1 AND j.first_judgment_at < $2
      ), candidates AS (
        SELECT DISTINCT cv.identification_id FROM judged j JOIN ${s('case_victims')} cv ON cv.case_id = j.case_id
      ), victim_judgment AS (
        SELECT cv.identification_id, min(LEAST(c.first_judgment_at, m.first_judgment_at)) AS at
          FROM candidates v JOIN ${s('case_victims')} cv ON cv.identification_id = v.identification_id
          JOIN ${s('case_facts')} c ON c.case_id = cv.case_id LEFT JOIN ${s('case_facts')} m ON m.case_id = c.merged_into
         GROUP BY 1)
      SELECT ${bucket(monthOf('vj.at'), q.period)} AS bucket ${select(withDays, dims)}, count(*)::int AS n
        FROM victim_judgment vj JOIN ${s('identification_facts')} i ON i.identification_id = vj.identification_id AND i.identified_at IS NOT NULL
       WHERE vj.at >= $1 AND vj.at < $2
       ${groupBy(withDays.length)}`);
  }

  /** Hearings scheduled to take place in the period, by kind. */
  async hearings(manager: EntityManager, q: MeasureQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    return this.rows(manager, q, ['count'], `
      SELECT ${bucket(monthOf('h.at'), q.period)} AS bucket ${select(q.dimensions, { hearingKind: 'h.kind' })}, count(*)::int AS count
        FROM ${inSchema(schema, 'hearing_facts')} h WHERE h.at >= $1 AND h.at < $2
       ${groupBy(q.dimensions.length)}`);
  }

  private async rows(manager: EntityManager, q: MeasureQuery, measures: string[], sql: string): Promise<CountRow[]> {
    const result: Record<string, unknown>[] = await manager.query(sql, [startOf(q.range.from).toISOString(), endOf(q.range.to).toISOString()]);
    return result.map((r) => ({
      month: r.bucket === null ? null : Number(r.bucket),
      levels: q.dimensions.map((_, i) => r[`d${i}`] as string | boolean | number | null),
      values: Object.fromEntries(measures.map((m) => [m, Number(r[m])])),
    }));
  }
}

/** `, <expr> AS d0, <expr> AS d1…` for the dimensions asked, in their order. */
function select(dimensions: readonly string[], expressions: Record<string, string>): string {
  return dimensions.map((d, i) => {
    const expr = expressions[d];
    if (!expr) throw new Error(`no expression for dimension ${d}`);
    return `, ${expr} AS d${i}`;
  }).join('');
}
