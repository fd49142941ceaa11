import { Compilable, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, RawBuilder, sql, SqlBool } from 'kysely';
import { EntityManager } from 'typeorm';

/**
 * Kysely as a typed query BUILDER only: it never connects (DummyDriver). Queries are compiled
 * here and run by `run` on the caller's TypeORM manager, so they stay in the service's
 * transaction (TransactionHost) and pool. `DB` is a service's generated schema types
 * (`npm run db:types`): a column renamed or dropped by a migration stops the query compiling.
 */
export function typedSql<DB>(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/**
 * Runs a built query on `manager` and answers its rows, whatever its kind. TypeORM's Postgres
 * driver answers UPDATE and DELETE as `[rows, count]` and everything else as the rows; a query
 * without RETURNING answers no rows (add `.returning(...)` to count what it touched).
 */
export async function run<R>(manager: EntityManager, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  const result: unknown = await manager.query(compiled.sql, [...compiled.parameters]);
  const kind = compiled.query.kind;
  if (kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode') return (result as [R[], number])[0];
  return result as R[];
}

export async function runFirst<R>(manager: EntityManager, query: Compilable<R>): Promise<R | undefined> {
  const [row] = await run(manager, query);
  return row;
}

/**
 * A condition written with named parameters (`office_id = :scopeOfficeId`, as @relais/auth's
 * scope filters are) as a Kysely expression: the text is kept, each `:name` becomes a bound
 * parameter. Postgres casts (`::text`) are left alone. The text is code, never input.
 */
export function namedCondition(text: string, params: Record<string, unknown>): RawBuilder<SqlBool> {
  const parts = text.split(/(?<!:):([A-Za-z_]\w*)/);
  return sql<SqlBool>`(${sql.join(
    parts.map((part, i) => {
      if (i % 2 === 0) return sql.raw(part);
      if (!(part in params)) throw new Error(`namedCondition: no value for :${part}`);
      return sql.val(params[part]);
    }),
    sql.raw(''),
  )})`;
}
