import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SERVICES } from '@relais/contracts';
import { createServiceDataSource, dropDatabase, ensureDatabase, migrate, OWNER_ROLE, provisionDatabase, urlAsRole } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

/** `<service> migrate`, as `npm run db:migrate` runs it for each service. */
const migrateService = (service: string, url: string) =>
  run(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/main.ts`, 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
  });

async function as<T>(url: string, user: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlAsRole(url, user) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: Error) => error.message,
  );

/**
 * The database's trust boundaries (issue #18), against a database set up as every local and test
 * one is: each service logs in as its own role, which may use only its own schema and can read and
 * append to its audit trail but never rewrite it; the owner role migrates and owns the tables.
 */
describe('database roles (real Postgres)', () => {
  let url: string;

  beforeAll(async () => {
    url = await createTestDatabase('roles');
    await migrateService('intake', url);
    await migrateService('statistics', url);
  }, 180_000);

  afterAll(async () => {
    if (url) await dropTestDatabase(url);
  });

  it('runs the migrations under the owner role, which owns the schemas and tables', async () => {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows: schemas } = await admin.query(`SELECT nspname, nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname IN ('intake', 'statistics') ORDER BY 1`);
      expect(schemas).toEqual([
        { nspname: 'intake', owner: OWNER_ROLE },
        { nspname: 'statistics', owner: OWNER_ROLE },
      ]);
      const { rows: owners } = await admin.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'intake'`);
      expect(owners).toEqual([{ tableowner: OWNER_ROLE }]);
      const { rows: audit } = await admin.query(`SELECT tableowner FROM pg_tables WHERE schemaname = 'statistics' AND tablename IN ('audit_log', 'migrations')`);
      expect(audit).toEqual([{ tableowner: OWNER_ROLE }, { tableowner: OWNER_ROLE }]);
      // statistics owns only the read model its rebuild drops and recreates.
      const { rows: rebuilt } = await admin.query(`SELECT tableowner FROM pg_tables WHERE schemaname = 'statistics' AND tablename = 'victim_cube'`);
      expect(rebuilt).toEqual([{ tableowner: 'relais_statistics' }]);
      const { rows: applied } = await admin.query(`SELECT count(*)::int AS n FROM intake.migrations`);
      expect(applied[0].n).toBeGreaterThan(3);
    } finally {
      await admin.end();
    }
    // A service's role cannot change its own schema: only the owner migrates.
    expect(await as(url, 'relais_intake', (c) => refusal(c.query('CREATE TABLE intake.sneaky (id int)')))).toMatch(/permission denied for schema intake/);
    expect(await as(url, 'relais_intake', (c) => refusal(c.query('SELECT * FROM intake.migrations')))).toMatch(/permission denied for table migrations/);
  });

  it('migrates in production with the database settings alone, as the migrate job does (no vault key)', async () => {
    const jobDatabase = await createTestDatabase('roles_job');
    try {
      // Only what deploy/k8s/base/migrate.yaml gives the job: no VAULT_*, no IDEMPOTENCY_FINGERPRINT_KEY.
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATABASE_URL: jobDatabase };
      const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'apps/intake/src/main.ts', 'migrate'], { cwd: root, env });
      expect(stdout).toMatch(/^intake: .*CreateIdentifications/m);
    } finally {
      await dropTestDatabase(jobDatabase);
    }
  });

  it('lets relais_statistics read its own schema but not intake.identifications', async () => {
    await as(url, 'relais_statistics', async (c) => {
      expect(await refusal(c.query('SELECT count(*) FROM statistics.victim_cube'))).toBe('allowed');
      expect(await refusal(c.query('SELECT * FROM intake.identifications LIMIT 1'))).toMatch(/permission denied/);
    });
    // Its own role reads intake's tables.
    expect(await as(url, 'relais_intake', (c) => refusal(c.query('SELECT * FROM intake.identifications LIMIT 1')))).toBe('allowed');
  });

  it("lets a service append to and seal its audit trail, but neither alter it, disable its triggers, delete nor truncate it", async () => {
    await as(url, 'relais_intake', async (c) => {
      await c.query(`INSERT INTO intake.audit_log (actor, action, resource_type, resource_id, outcome) VALUES ('u-1', 'identification.read', 'identification', 'i-1', 'success')`);
      const { rows } = await c.query('SELECT intake.audit_seal(100) AS sealed');
      expect(rows[0].sealed).toBe(1);

      expect(await refusal(c.query('ALTER TABLE intake.audit_log DISABLE TRIGGER audit_log_append_only'))).toMatch(/must be owner of table audit_log/);
      expect(await refusal(c.query('ALTER TABLE intake.audit_log DISABLE TRIGGER ALL'))).toMatch(/must be owner of table audit_log/);
      expect(await refusal(c.query('DROP TRIGGER audit_log_guard_update ON intake.audit_log'))).toMatch(/must be owner of (table|relation) audit_log/);
      expect(await refusal(c.query(`SET session_replication_role = replica`))).toMatch(/permission denied/);
      expect(await refusal(c.query('DELETE FROM intake.audit_log'))).toMatch(/permission denied for table audit_log/);
      expect(await refusal(c.query('TRUNCATE intake.audit_log'))).toMatch(/permission denied for table audit_log/);
      expect(await refusal(c.query(`UPDATE intake.audit_log SET actor = 'someone else'`))).toMatch(/permission denied for table audit_log/);
      // The chain columns it may set stay guarded by the trigger: only audit_seal() sets them, once.
      expect(await refusal(c.query(`UPDATE intake.audit_log SET hash = repeat('0', 64)`))).toMatch(/append-only/);
    });
    const { rows } = await as(url, OWNER_ROLE, (c) => c.query('SELECT count(*)::int AS n FROM intake.audit_log WHERE seq IS NOT NULL'));
    expect(rows[0].n).toBe(1);
  });

  it('sets up roles and grants idempotently when many databases are created at once', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => {
      const u = new URL(url);
      u.pathname = `${u.pathname}_${i}`;
      return u.toString();
    });
    try {
      await Promise.all(urls.flatMap((u) => [provisionDatabase(u, SERVICES), provisionDatabase(u, SERVICES)]));
      for (const u of urls) expect(await as(u, 'relais_referral', async (c) => (await c.query('SELECT current_user AS who')).rows[0].who)).toBe('relais_referral');
    } finally {
      await Promise.all(urls.map((u) => dropDatabase(u)));
    }
  }, 60_000);

  it('hands a database set up before the roles existed (everything owned by the administrator) over to the owner role', async () => {
    const u = new URL(url);
    u.pathname = `${u.pathname}_old`;
    const older = u.toString();
    try {
      await ensureDatabase(older);
      const ds = createServiceDataSource({ url: older, schema: 'referral', entities: [], migrations: PLATFORM_MIGRATIONS, poolSize: 2 });
      await migrate(ds, older, 'referral');
      await ds.destroy();

      await provisionDatabase(older, SERVICES);
      await migrateService('referral', older);

      const { rows } = await as(older, OWNER_ROLE, (c) => c.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'referral'`));
      expect(rows).toEqual([{ tableowner: OWNER_ROLE }]);
      await as(older, 'relais_referral', async (c) => {
        await c.query(`INSERT INTO referral.audit_log (actor, action, resource_type, resource_id, outcome) VALUES ('u-1', 'referral.read', 'referral', 'r-1', 'success')`);
        expect(await refusal(c.query('DELETE FROM referral.audit_log'))).toMatch(/permission denied for table audit_log/);
      });
    } finally {
      await dropDatabase(older);
    }
  }, 120_000);
});
