import { AccessScope, ScopeColumns, scopeFilter } from '@relais/auth';
import { namedCondition, typedSql } from '@relais/persistence';
import { Expression, RawBuilder, sql, SqlBool } from 'kysely';
import { DB } from './schema.generated';

/**
 * Typed SQL (docs/ENGINEERING.md): the repositories build their queries against the schema
 * generated from the migrations (npm run db:types), so a column renamed, dropped or added in one
 * place only stops the build. Kysely only compiles; `run` executes on the transaction's manager.
 */
export const db = typedSql<DB>();

/** `column = ANY($1::uuid[])`: one parameter whatever the list's length, and an empty list matches nothing (`IN ()` would not parse). */
export function equalsAny(column: Expression<unknown>, values: readonly string[], type: 'uuid' | 'text'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${column} = ANY(${values}::${sql.raw(type)}[]))`;
}

/**
 * Statuses written into the SQL text, not bound: the partial indexes' predicates name the same
 * literal list, and Postgres only uses such an index when the query's condition visibly implies it.
 */
export function literalStatuses<S extends string>(statuses: readonly S[]): RawBuilder<S>[] {
  return statuses.map((s) => sql.lit(s));
}

/** @relais/auth's scope filter for `columns`, as a condition of a typed query. */
export function inScope(scope: AccessScope, columns: ScopeColumns): RawBuilder<SqlBool> {
  const filter = scopeFilter(scope, columns);
  return namedCondition(filter.sql, filter.params);
}
