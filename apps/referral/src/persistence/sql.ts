import { EntityManager } from 'typeorm';

/**
 * Runs SQL with `:name` parameters (the form `scopeFilter` produces) through the driver's own
 * escaping, so scoped conditions and the rest of a query share one parameter list.
 */
export async function namedQuery<T>(manager: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
  return (await manager.query(query, values)) as T[];
}

/** `UPDATE … RETURNING` answers `[rows, count]` through TypeORM's postgres driver. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
