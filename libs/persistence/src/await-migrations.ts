import { DataSource } from 'typeorm';
import { isTransientConnectionError } from './retry-connecting';

const UNDEFINED_TABLE = '42P01';
const UNDEFINED_SCHEMA = '3F000';
// The job has created the schema but not yet granted the service's role its access (it does so last).
const NOT_YET_GRANTED = '42501';

/** This build's migrations that the schema has not had yet, in order (TypeORM's names). */
export async function pendingMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const table = String(dataSource.options.migrationsTableName ?? 'migrations');
  let applied = new Set<string>();
  try {
    const rows = (await dataSource.query(`SELECT name FROM "${schema}"."${table}"`)) as { name: string }[];
    applied = new Set(rows.map((r) => r.name));
  } catch (error) {
    const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
    if (code !== UNDEFINED_TABLE && code !== UNDEFINED_SCHEMA && code !== NOT_YET_GRANTED) throw error;
  }
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

export interface AwaitMigrationsOptions {
  timeoutMs?: number;
  pollMs?: number;
  log?: (message: string) => void;
}

/**
 * Where a job migrates (MIGRATE_ON_START=false, so the service's pods never hold the owner's
 * password), a service started with a new release waits until the job has brought its schema up
 * to date, instead of failing on tables that do not exist yet. Its role may read the migrations'
 * names for this, nothing more (roles.ts).
 */
export async function awaitMigrations(dataSource: DataSource, schema: string, options: AwaitMigrationsOptions = {}): Promise<void> {
  const { timeoutMs = 600_000, pollMs = 2000, log = (m: string) => console.warn(m) } = options;
  const deadline = Date.now() + timeoutMs;
  let lastLog = 0;
  for (;;) {
    let pending: string[];
    try {
      pending = await pendingMigrations(dataSource, schema);
    } catch (error) {
      if (!isTransientConnectionError(error) || Date.now() >= deadline) throw error;
      pending = ['(database unreachable)'];
    }
    if (!pending.length) return;
    const summary = `${pending.length} migration(s) of schema "${schema}" not applied yet (first: ${pending[0]})`;
    if (Date.now() >= deadline) throw new Error(`${summary}: run the migrate job (node dist/apps/${schema}/src/main.js migrate) or set MIGRATE_ON_START=true`);
    if (Date.now() - lastLog >= 30_000) {
      log(`relais-${schema}: waiting for the migrate job: ${summary}`);
      lastLog = Date.now();
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
