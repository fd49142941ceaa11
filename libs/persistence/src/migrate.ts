import { DataSource } from 'typeorm';
import { ensureDatabase, ensureSchema } from './database';

/**
 * Creates the database and schema when missing and applies pending migrations, leaving the data
 * source initialised. TypeORM has no migration lock, so instances starting together serialise on
 * a Postgres advisory lock.
 */
export async function migrate(dataSource: DataSource, url: string, schema: string): Promise<string[]> {
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
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
    }
  } finally {
    await runner.release();
  }
}
