import { DataSource } from 'typeorm';
import { ensureDatabase, ensureSchema } from './database';
import { grantSchemaAccess, SchemaAccess } from './roles';

/**
 * Creates the database and schema when missing and applies pending migrations, leaving the data
 * source initialised. TypeORM has no migration lock, so instances starting together serialise on
 * a Postgres advisory lock. With `access`, the data source is the owner's and, once the tables
 * exist, the service's role gets what it may do in them (roles.ts), under the same lock.
 */
export async function migrate(dataSource: DataSource, url: string, schema: string, access?: SchemaAccess): Promise<string[]> {
  await ensureDatabase(url);
  await ensureSchema(url, schema);
  if (!dataSource.isInitialized) await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  const lock = `relais.migrations.${schema}`;
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (access) {
        const migrationsTable = String(dataSource.options.migrationsTableName ?? 'migrations');
        await runner.startTransaction();
        try {
          await grantSchemaAccess((sql, parameters) => runner.query(sql, parameters), schema, migrationsTable, access);
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
      }
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
    }
  } finally {
    await runner.release();
  }
}
