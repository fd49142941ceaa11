import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { DateRange, endOf, Period, splitRange, startOf } from '../domain/periods';
import { chooseCuboid, CubeSpec, CUBES } from './cube-specs';
import { rebuildJudgmentFacts, updateJudgmentFacts } from './facts/judgment-facts.writer';
import { inSchema, LIVE_SCHEMA, ProjectionTable } from './read-model';
import { bucket, groupBy } from './sql-fragments';

export interface CountQuery {
  spec: CubeSpec;
  dimensions: readonly string[];
  period?: Period;
  range: DateRange;
  /** Stored measure columns to sum (keys of spec.measures). */
  measures: readonly string[];
  /** Only the facts at these levels (dimension -> level), e.g. one region or one prosecutor's office. */
  where?: Readonly<Record<string, string | undefined>>;
  /** Count everything from the facts, ignoring the monthly totals (used to prove they agree). */
  forceFacts?: boolean;
}

export interface CountRow {
  /** First month of the row's period (year * 12 + month - 1), or null without a period. */
  month: number | null;
  levels: (string | boolean | number | null)[];
  values: Record<string, number>;
}

/**
 * The monthly totals (cubes) and the queries over them. Handlers only append the months they
 * touched to cube_dirty; `refresh` recomputes those months from the facts before a read, so the
 * totals are always exactly what a GROUP BY over the facts would give, and handlers never contend
 * for a shared counter row. Facts derived from several aggregates (the identification's instant on
 * a referral, each victim's first judgment) are brought up to date by the refresh too, first.
 */
@Injectable()
export class CubeStore {
  constructor(private readonly tx: TransactionHost) {}

  /** Recomputes the months changed since the last refresh. Serialised; cheap when nothing changed. */
  async refresh(schema = LIVE_SCHEMA): Promise<number> {
    return this.tx.dataSource.transaction((manager) => this.refreshWith(manager, schema));
  }

  async refreshWith(manager: EntityManager, schema: string): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${schema}.cube-refresh`]);
    await this.linkIdentifications(manager, schema);
    // Marks the months of the judgment totals it changes: before the dirty months are taken below.
    await updateJudgmentFacts(manager, schema);
    // TypeORM answers a DELETE with [rows, affected count].
    const [dirty]: [{ cube: string; month: number }[], number] = await manager.query(`DELETE FROM ${inSchema(schema, 'cube_dirty')} RETURNING cube, month`);
    let recomputed = 0;
    for (const spec of CUBES) {
      const months = [...new Set(dirty.filter((d) => d.cube === spec.name).map((d) => d.month))];
      if (!months.length) continue;
      await manager.query(`DELETE FROM ${inSchema(schema, spec.table)} WHERE month = ANY($1::int[])`, [months]);
      await this.insertTotals(manager, schema, spec, months);
      recomputed += months.length;
    }
    return recomputed;
  }

  /** Recomputes every month of every cube (and every victim's first judgment), e.g. after a bulk load or a replay. */
  async rebuildAll(manager: EntityManager, schema: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${schema}.cube-refresh`]);
    await this.linkIdentifications(manager, schema);
    const derived = [...CUBES.map((c) => c.table), 'judgment_facts', 'cube_dirty', 'judgment_dirty'] as const;
    await manager.query(`TRUNCATE ${derived.map((table) => inSchema(schema, table)).join(', ')}`);
    await rebuildJudgmentFacts(manager, schema);
    for (const spec of CUBES) await this.insertTotals(manager, schema, spec, null);
  }

  /**
   * The time to acceptance needs the identification's instant, which may arrive after the
   * referral (another topic). Copying it here, in the serialised refresh, rather than in the
   * handlers avoids the race where two concurrent handlers each miss the other's row.
   */
  private async linkIdentifications(manager: EntityManager, schema: string): Promise<void> {
    await manager.query(
      `WITH linked AS (
         UPDATE ${inSchema(schema, 'referral_facts')} r SET identified_at = i.identified_at
           FROM ${inSchema(schema, 'identification_facts')} i
          WHERE r.identified_at IS NULL AND i.identification_id = r.identification_id AND i.identified_at IS NOT NULL
         RETURNING r.month)
       INSERT INTO ${inSchema(schema, 'cube_dirty')} (cube, month) SELECT DISTINCT 'acceptance', month FROM linked WHERE month IS NOT NULL`,
    );
  }

  private async insertTotals(manager: EntityManager, schema: string, spec: CubeSpec, months: number[] | null): Promise<void> {
    const measureColumns = Object.keys(spec.measures);
    for (const [index, cuboid] of spec.cuboids.entries()) {
      const dims = cuboid.map((d) => spec.dimensions[d]);
      const groupBy = ['f.month', ...dims.map((d) => d.expr)];
      await manager.query(
        `INSERT INTO ${inSchema(schema, spec.table)} (cuboid, month, ${dims.map((d) => d.column).join(', ')}, ${measureColumns.join(', ')})
         SELECT ${index}, f.month, ${dims.map((d) => d.expr).join(', ')}, ${measureColumns.map((m) => spec.measures[m]).join(', ')}
           FROM ${factsOf(spec, schema)} f ${lateralsFor(spec, cuboid, schema)}
          WHERE ${spec.filter}${months ? ' AND f.month = ANY($1::int[])' : ''}
          GROUP BY ${groupBy.map((_, i) => i + 2).join(', ')}`,
        months ? [months] : [],
      );
    }
  }

  /** Counts by period and dimensions: whole months from the totals, the edges of the range from the facts. */
  async count(manager: EntityManager, q: CountQuery, schema = LIVE_SCHEMA): Promise<CountRow[]> {
    const split = splitRange(q.range);
    // A cuboid answers a filtered query only if it holds the filtered dimensions too.
    const cuboid = q.forceFacts ? undefined : chooseCuboid(q.spec, [...q.dimensions, ...filtered(q).map(([d]) => d)]);
    const parts: { sql: string; params: unknown[] }[] = [];
    const fromFacts = (start: Date, end: Date) => parts.push(this.factsPart(q, schema, start, end));
    if (split.months && cuboid !== undefined) {
      parts.push(this.cubePart(q, schema, cuboid, split.months.first, split.months.last));
      for (const edge of split.edges) fromFacts(edge.start, edge.end);
    } else {
      fromFacts(startOf(q.range.from), endOf(q.range.to));
    }
    const rows: CountRow[] = [];
    for (const part of parts) {
      const result: Record<string, unknown>[] = await manager.query(part.sql, part.params);
      for (const r of result) {
        rows.push({
          month: r.bucket === null ? null : Number(r.bucket),
          levels: q.dimensions.map((_, i) => r[`d${i}`] as string | boolean | number | null),
          values: Object.fromEntries(q.measures.map((m) => [m, Number(r[m])])),
        });
      }
    }
    return rows;
  }

  private cubePart(q: CountQuery, schema: string, cuboid: number, first: number, last: number) {
    const columns = q.dimensions.map((d, i) => `c.${q.spec.dimensions[d].column} AS d${i}`);
    const where = conditions(q, (d) => `c.${q.spec.dimensions[d].column}`, 4);
    return {
      sql: `SELECT ${bucket('c.month', q.period)} AS bucket${columns.map((c) => `, ${c}`).join('')}
                   ${q.measures.map((m) => `, sum(c.${m})::int AS ${m}`).join('')}
              FROM ${inSchema(schema, q.spec.table)} c
             WHERE c.cuboid = $1 AND c.month BETWEEN $2 AND $3${where.sql}
             ${groupBy(q.dimensions.length)}`,
      params: [cuboid, first, last, ...where.params],
    };
  }

  private factsPart(q: CountQuery, schema: string, start: Date, end: Date) {
    const columns = q.dimensions.map((d, i) => `${q.spec.dimensions[d].expr} AS d${i}`);
    const where = conditions(q, (d) => q.spec.dimensions[d].expr, 3);
    return {
      sql: `SELECT ${bucket('f.month', q.period)} AS bucket${columns.map((c) => `, ${c}`).join('')}
                   ${q.measures.map((m) => `, ${q.spec.measures[m]}::int AS ${m}`).join('')}
              FROM ${factsOf(q.spec, schema)} f ${lateralsFor(q.spec, [...q.dimensions, ...filtered(q).map(([d]) => d)], schema)}
             WHERE ${q.spec.filter} AND ${q.spec.time} >= $1::timestamptz AND ${q.spec.time} < $2::timestamptz${where.sql}
             ${groupBy(q.dimensions.length)}`,
      params: [start.toISOString(), end.toISOString(), ...where.params],
    };
  }
}

/** The facts a cube counts: a table, or a derived table over the schema's tables. */
function factsOf(spec: CubeSpec, schema: string): string {
  return typeof spec.facts === 'string' ? inSchema(schema, spec.facts) : `(${spec.facts((table) => inSchema(schema, table))})`;
}

/** ` AND <column> = $n…` for each filtered dimension (never multi-valued: checked here), from parameter `first`. */
function conditions(q: CountQuery, column: (dimension: string) => string, first: number): { sql: string; params: string[] } {
  const entries = filtered(q);
  for (const [d] of entries) {
    if (!q.spec.dimensions[d] || q.spec.dimensions[d].lateral) throw new Error(`${q.spec.name} cannot be filtered by ${d}`);
  }
  return { sql: entries.map(([d], i) => ` AND ${column(d)} = $${first + i}`).join(''), params: entries.map(([, level]) => level) };
}

/** The lateral joins of multi-valued dimensions and the joins of attributes from other tables. */
/** The filters given: (dimension, level) pairs. */
function filtered(q: CountQuery): [string, string][] {
  return Object.entries(q.where ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
}

function lateralsFor(spec: CubeSpec, dimensions: readonly string[], schema: string): string {
  const t = (table: ProjectionTable) => inSchema(schema, table);
  return [...new Set(dimensions)].map((d) => spec.dimensions[d].lateral ?? spec.dimensions[d].join?.(t) ?? '').filter(Boolean).join(' ');
}
