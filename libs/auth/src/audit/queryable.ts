/**
 * Anything that runs SQL: a pg Client or Pool (which answer `{ rows }`) or a TypeORM DataSource,
 * EntityManager or QueryRunner (which answer the rows themselves).
 */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function queryRows<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query(sql, params);
  if (Array.isArray(result)) return result as T[];
  if (result !== null && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error('Unexpected query result: neither rows nor { rows }');
}
