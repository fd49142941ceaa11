import { awaitMigrations, createServiceDataSource, migrate, OWNER_ROLE, pendingMigrations, serviceRole, urlAsRole } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';
import { PLATFORM_MIGRATIONS } from '../src';

/**
 * Where a job migrates (MIGRATE_ON_START=false), a service logged in as its own role waits until
 * the job has brought its schema up to date, and gives up with a clear reason if it never does.
 */
describe('waiting for the migrate job (real Postgres, service role)', () => {
  let url: string;
  const sources: DataSource[] = [];
  const source = (role: string) => {
    const ds = createServiceDataSource({ url: urlAsRole(url, role), schema: 'referral', entities: [], migrations: PLATFORM_MIGRATIONS, poolSize: 2 });
    sources.push(ds);
    return ds;
  };

  beforeAll(async () => {
    url = await createTestDatabase('await_migrations');
  });

  afterAll(async () => {
    await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : undefined)));
    if (url) await dropTestDatabase(url);
  });

  it('gives up with the reason when nothing migrates the schema', async () => {
    const service = await source(serviceRole('referral')).initialize();
    expect(await pendingMigrations(service, 'referral')).toEqual(PLATFORM_MIGRATIONS.map((m) => m.name));
    await expect(awaitMigrations(service, 'referral', { timeoutMs: 300, pollMs: 50, log: () => undefined })).rejects.toThrow(
      /migration\(s\) of schema "referral" not applied yet .*run the migrate job/,
    );
  });

  it('returns once the owner has applied every migration, reading only the names the role may read', async () => {
    const service = await source(serviceRole('referral')).initialize();
    const logged: string[] = [];
    let done = false;
    const waiting = awaitMigrations(service, 'referral', { pollMs: 50, log: (m) => logged.push(m) }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    expect(logged).toEqual([expect.stringContaining('waiting for the migrate job')]);

    await migrate(source(OWNER_ROLE), urlAsRole(url, OWNER_ROLE), 'referral', { role: serviceRole('referral') });
    await waiting;
    expect(await pendingMigrations(service, 'referral')).toEqual([]);
    // The names only: the role still cannot read the rest of the table, nor change it.
    await expect(service.query('SELECT * FROM referral.migrations')).rejects.toThrow(/permission denied/);
    await expect(service.query('DELETE FROM referral.migrations')).rejects.toThrow(/permission denied/);
  });
});
