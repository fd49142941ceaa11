import { run, typedSql } from '@relais/persistence';
import { Compilable, Expression, OperationNodeSource, QueryCreator, RawBuilder, sql, SqlBool } from 'kysely';
import { EntityManager } from 'typeorm';
import { CubeSpec } from '../cube-specs';
import { ProjectionTable } from '../read-model';
import { DB } from '../schema.generated';

/**
 * What the fact writers share. Each writer keeps one table's columns, built with Kysely against the
 * generated schema (docs/ENGINEERING.md, "Typed SQL"), so a column a migration renames or drops
 * stops the build; the convergence rules of the upserts are Postgres expressions, kept as `sql`
 * fragments below and named once.
 */

/** Where a projection writes: the live read model, or the shadow copy a rebuild fills. */
export interface Target {
  manager: EntityManager;
  schema: string;
  /** Id of the event being applied: the tie-breaker that makes every replay converge the same way. */
  eventId: string;
}

const db = typedSql<DB>();

/** The tables of the copy of the read model `to` names (every table reference gets its schema). */
export function factsOf(to: Pick<Target, 'schema'>): QueryCreator<DB> {
  return db.withSchema(to.schema);
}

/** Runs a built statement on the target's manager, in the transaction of the event being applied. */
export async function write(to: Target, query: Compilable | RawBuilder<unknown>): Promise<void> {
  if (!('isRawBuilder' in query)) {
    await run(to.manager, query);
    return;
  }
  const compiled = query.compile(db);
  await to.manager.query(compiled.sql, [...compiled.parameters]);
}

export const distinct = (values: readonly string[]) => [...new Set(values)].sort();

export type FactTable = keyof DB & ProjectionTable;
export type Column<T extends FactTable> = keyof DB[T] & string;

/** The stored row's column (the upserted table's own name stands for the conflicting row). */
const stored = <T extends FactTable>(table: T, column: Column<T>) => sql.ref(`${table}.${column}`);
const incoming = (column: string) => sql.ref(`excluded.${column}`);

/*
 * Pieces of the upserts that make projections converge whatever the order of arrival: a group of
 * columns is replaced only by a version that is newer (or, for facts that happen once, earlier),
 * compared on (timestamp, event id) so that ties are broken the same way on every replay. They are
 * CASE and row comparisons the builder has no words for, so they stay SQL; only the column names
 * they are given are checked.
 */

/** An upsert's SET, column by column. */
export type Assignments<T extends FactTable> = { [C in Column<T>]?: RawBuilder<never> };

/** SET for each column: the incoming value when `when` holds, the stored one otherwise. */
export function takeIf<T extends FactTable>(table: T, when: Expression<SqlBool>, columns: readonly Column<T>[]): Assignments<T> {
  return Object.fromEntries(
    columns.map((c) => [c, sql<never>`CASE WHEN ${when} THEN ${incoming(c)} ELSE ${stored(table, c)} END`]),
  ) as Assignments<T>;
}

/** The incoming version is at least as new as the stored one (or nothing is stored yet). */
export function newer<T extends FactTable>(table: T, at: Column<T>, event: Column<T>): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${stored(table, at)} IS NULL OR (${incoming(at)}, ${incoming(event)}) >= (${stored(table, at)}, ${stored(table, event)}))`;
}

/** The incoming occurrence is at least as early as the stored one (or nothing is stored yet). */
export function earlier<T extends FactTable>(table: T, at: Column<T>, event: Column<T>): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${stored(table, at)} IS NULL OR (${incoming(at)}, ${incoming(event)}) <= (${stored(table, at)}, ${stored(table, event)}))`;
}

/** For facts without their own event column: the event that carries the base attributes wins by id. */
export function sameOrLaterEvent<T extends FactTable>(table: T, event: Column<T>): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${stored(table, event)} IS NULL OR ${incoming(event)} >= ${stored(table, event)})`;
}

/** The earliest of the stored and incoming instants: facts that happen once keep their first time. */
export function least<T extends FactTable>(table: T, column: Column<T>): RawBuilder<never> {
  return sql<never>`LEAST(${stored(table, column)}, ${incoming(column)})`;
}

/** Which months of a table's rows are counted in which monthly totals. */
export interface Recount<T extends FactTable> {
  table: T;
  /** Stored month columns. */
  months: readonly Column<T>[];
  cubes: readonly CubeSpec['name'][];
}

/**
 * Wraps an upsert (which must return the `months` columns) so that the months its row fell in
 * before and falls in after are recounted: a late or replayed record can move a fact to another
 * month, or change what is counted under it. `key` selects the row before the upsert; `also` are
 * further data-modifying statements run with it. Plain SQL around the built upsert: a statement
 * made of CTEs, a UNION and a LATERAL VALUES reads as SQL and names no column the upsert does not.
 */
export function recountMonths<T extends FactTable>(
  to: Target,
  r: Recount<T>,
  key: { [C in Column<T>]?: unknown },
  upsert: OperationNodeSource,
  also: OperationNodeSource[] = [],
): RawBuilder<unknown> {
  const months = sql.join(r.months.map((m) => sql.ref(m)));
  const where = sql.join(Object.entries(key).map(([c, v]) => sql`${sql.ref(c)} = ${v}`), sql` AND `);
  return sql`WITH before AS (
       SELECT ${months} FROM ${sql.table(`${to.schema}.${r.table}`)} WHERE ${where}
     ), up AS (${upsert})${sql.join(also.map((q, i) => sql`, also_${sql.raw(String(i))} AS (${q})`), sql``)}
     INSERT INTO ${sql.table(`${to.schema}.cube_dirty`)} (cube, month)
     SELECT DISTINCT c.cube, m.month FROM (SELECT ${months} FROM up UNION ALL SELECT ${months} FROM before) AS r
      CROSS JOIN LATERAL (VALUES ${sql.join(r.months.map((m) => sql`(${sql.ref(`r.${m}`)})`))}) AS m(month)
      CROSS JOIN (VALUES ${sql.join(r.cubes.map((c) => sql`(${sql.lit(c)})`))}) AS c(cube)
      WHERE m.month IS NOT NULL`;
}
