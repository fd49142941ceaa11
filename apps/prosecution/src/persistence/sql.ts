import { EntityManager } from 'typeorm';

/**
 * Raw SQL with named parameters (`:caseId`, `:...ids`), the same syntax as TypeORM's query
 * builder, so scope filters from @relais/auth drop straight into hand-written queries.
 */
export async function rows<T>(manager: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
  return manager.query(text, values);
}

export async function firstRow<T>(manager: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const [row] = await rows<T>(manager, sql, params);
  return row;
}

/** bigint columns arrive as strings; amounts in FCFA stay far below 2^53. */
export function toNumber(value: string | number | null): number | undefined {
  return value === null ? undefined : Number(value);
}
