import { EntityManager } from 'typeorm';

/**
 * The rows of a statement. TypeORM's Postgres driver answers UPDATE and DELETE with
 * `[rows, rowCount]` but every other command with the rows alone; repositories want rows.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
