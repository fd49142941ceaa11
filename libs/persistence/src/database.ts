import { Client } from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/relais';

const SQL_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema and database names go into DDL, which cannot take bind parameters: allow only plain identifiers. */
export function assertIdentifier(name: string, what: string): string {
  if (!SQL_IDENTIFIER.test(name)) throw new Error(`${what} "${name}" must match ${SQL_IDENTIFIER}`);
  return name;
}

export function databaseName(url: string): string {
  return assertIdentifier(decodeURIComponent(new URL(url).pathname.replace(/^\//, '')), 'database name');
}

/** The same server, but the maintenance database, from which another database can be created or dropped. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'relais-admin' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it is missing; safe when several processes race. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // 42P04 duplicate_database, 23505 when two creators collide on the catalogue.
      if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
    }
  });
}

export async function ensureSchema(url: string, schema: string): Promise<void> {
  assertIdentifier(schema, 'schema');
  await withClient(url, async (client) => {
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withClient(maintenanceUrl(url), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
