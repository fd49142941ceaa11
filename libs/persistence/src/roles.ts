import { Client } from 'pg';
import { assertIdentifier, databaseName, ensureDatabase, maintenanceUrl, withClient } from './database';
import { pgErrorCode } from './errors';

/** Owns every service's schema and tables and runs the migrations; no service logs in as it. */
export const OWNER_ROLE = 'relais_owner';

/** The login role a service uses at run time: it may use only its own schema. */
export function serviceRole(schema: string): string {
  return assertIdentifier(`relais_${schema}`, 'role');
}

/** The same server and database, logged in as another role (the password, if any, comes from configuration). */
export function urlAsRole(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(assertIdentifier(user, 'role'));
  u.password = password ? encodeURIComponent(password) : '';
  return u.toString();
}

/** Role names go into DDL (no bind parameters there) as plain identifiers only. */
const role = (name: string) => `"${assertIdentifier(name, 'role')}"`;

// Roles and grants are cluster-wide catalogue rows: concurrent creators collide on them.
const ALREADY_DONE = new Set(['42710' /* duplicate_object */, '23505' /* unique_violation */]);

/**
 * What an administrator (locally: the `postgres` superuser of DATABASE_URL) sets up once so the
 * services can run under their own roles: the owner role and one login role per service (no
 * password: locally Postgres trusts 127.0.0.1; production creates them with passwords, see
 * deploy/postgres/README.md), the database, and who may connect to it. Schemas left by an older
 * set-up (owned by the administrator) are handed to the owner role. Idempotent, and safe when many
 * processes (test files creating their databases at once) run it together: they take turns on an
 * advisory lock of the maintenance database, where all of them connect.
 */
export async function provisionDatabase(adminUrl: string, schemas: readonly string[]): Promise<void> {
  const database = databaseName(adminUrl);
  const roles = schemas.map(serviceRole);
  // Outside the lock: creating a database is the slow part, and is race-safe on its own.
  await ensureDatabase(adminUrl);
  await withClient(maintenanceUrl(adminUrl), async (admin) => {
    await admin.query(`SELECT pg_advisory_lock(hashtext('relais.provision'))`);
    try {
      const { rows } = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY ($1)', [[OWNER_ROLE, ...roles]]);
      const existing = new Set(rows.map((r) => r.rolname));
      for (const name of [OWNER_ROLE, ...roles]) if (!existing.has(name)) await ignoringDone(admin, `CREATE ROLE ${role(name)} LOGIN`);
      // The owner may hand a table to a service and still migrate it (statistics owns the tables it rebuilds).
      // Never the other way round: a service's role is a member of nothing.
      for (const name of roles) await ignoringDone(admin, `GRANT ${role(name)} TO ${role(OWNER_ROLE)}`);
      await admin.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE "${database}" TO ${role(OWNER_ROLE)} WITH GRANT OPTION`);
      for (const name of roles) await admin.query(`GRANT CONNECT ON DATABASE "${database}" TO ${role(name)}`);
      await withClient(adminUrl, (db) => handOverSchemas(db, schemas));
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(hashtext('relais.provision'))`);
    }
  });
}

async function ignoringDone(client: Client, sql: string): Promise<void> {
  try {
    await client.query(sql);
  } catch (error) {
    if (!ALREADY_DONE.has(pgErrorCode(error) ?? '')) throw error;
  }
}

/** A schema created before the roles existed belongs to the administrator: give it, and what is in it, to the owner. */
async function handOverSchemas(db: Client, schemas: readonly string[]): Promise<void> {
  for (const schema of schemas) {
    const keep = [OWNER_ROLE, serviceRole(schema)];
    const { rows: found } = await db.query<{ owner: string }>('SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = $1', [schema]);
    if (!found.length) continue;
    if (!keep.includes(found[0].owner)) await db.query(`ALTER SCHEMA "${schema}" OWNER TO ${role(OWNER_ROLE)}`);
    // Tables first: their indexes and owned sequences follow them.
    const { rows: relations } = await db.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c
        WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND NOT (c.relowner::regrole::text = ANY ($2))
        ORDER BY c.relkind = 'S'`,
      [`"${schema}"`, keep],
    );
    for (const { name, kind } of relations) {
      const what = kind === 'S' ? 'SEQUENCE' : kind === 'v' ? 'VIEW' : kind === 'm' ? 'MATERIALIZED VIEW' : kind === 'f' ? 'FOREIGN TABLE' : 'TABLE';
      await db.query(`ALTER ${what} "${schema}"."${name}" OWNER TO ${role(OWNER_ROLE)}`).catch((error: unknown) => {
        // A sequence owned by a column has already followed its table.
        if (pgErrorCode(error) !== '0A000') throw error;
      });
    }
    const { rows: functions } = await db.query<{ signature: string }>(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
        WHERE p.pronamespace = $1::regnamespace AND NOT (p.proowner::regrole::text = ANY ($2))`,
      [`"${schema}"`, keep],
    );
    for (const { signature } of functions) await db.query(`ALTER ROUTINE ${signature} OWNER TO ${role(OWNER_ROLE)}`);
  }
}

/** What a service's role may do in its schema, beyond reading and writing its tables. */
export interface SchemaAccess {
  /** The service's login role. */
  role: string;
  /** Tables it may only read and append to, each with the columns it may still set (e.g. the audit chain's). */
  appendOnly?: Readonly<Record<string, readonly string[]>>;
  /** Tables it owns because it drops and recreates them (statistics' rebuilt read model); it may then create tables in its schema. */
  owns?: readonly string[];
  /** May create schemas in the database and tables in its own (statistics' rebuild builds a shadow schema). */
  createsSchemas?: boolean;
}

/**
 * Run by the owner after the migrations, in one transaction (so a running instance never sees its
 * grants half-applied): the service's role may use its schema, read and write its tables, only
 * read and append to the append-only ones (no UPDATE but the listed columns, no DELETE, TRUNCATE
 * or TRIGGER), and only read the names in the migrations table. Owning none of them, it can neither ALTER
 * them nor disable their triggers.
 */
export async function grantSchemaAccess(
  query: (sql: string, parameters?: unknown[]) => Promise<unknown>,
  schema: string,
  migrationsTable: string,
  access: SchemaAccess,
): Promise<void> {
  const s = `"${assertIdentifier(schema, 'schema')}"`;
  const grantee = role(access.role);
  await query(`GRANT USAGE ON SCHEMA ${s} TO ${grantee}`);
  // Owning a table in a schema requires being able to create in it.
  if (access.owns?.length || access.createsSchemas) await query(`GRANT CREATE ON SCHEMA ${s} TO ${grantee}`);
  const tables = (await query(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner <> $2::regrole`,
    [s, access.role],
  )) as { name: string }[];
  for (const { name } of tables) {
    const table = `${s}."${assertIdentifier(name, 'table')}"`;
    const appendOnly = access.appendOnly?.[name];
    if (name === migrationsTable) {
      await query(`REVOKE ALL ON ${table} FROM ${grantee}`);
      // Where a job migrates, the service waits until its schema is current (await-migrations.ts).
      await query(`GRANT SELECT (name) ON ${table} TO ${grantee}`);
    } else if (access.owns?.includes(name)) {
      await query(`ALTER TABLE ${table} OWNER TO ${grantee}`);
    } else if (appendOnly) {
      await query(`REVOKE ALL ON ${table} FROM ${grantee}`);
      await query(`GRANT SELECT, INSERT ON ${table} TO ${grantee}`);
      if (appendOnly.length) await query(`GRANT UPDATE (${appendOnly.map((c) => `"${assertIdentifier(c, 'column')}"`).join(', ')}) ON ${table} TO ${grantee}`);
    } else {
      await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${grantee}`);
    }
  }
  await query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${grantee}`);
  if (access.createsSchemas) {
    const [{ database }] = (await query('SELECT current_database() AS database')) as { database: string }[];
    await query(`GRANT CREATE ON DATABASE "${assertIdentifier(database, 'database')}" TO ${grantee}`);
  }
}
