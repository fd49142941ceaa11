import { createServiceDataSource, migrate } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';
import { PLATFORM_MIGRATIONS } from '../src';

/** The shared migrations apply to an empty database, twice without effect, and concurrently. */
describe('platform migrations (real Postgres)', () => {
  let url: string;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    url = await createTestDatabase('migrate');
    // The database named in the URL is dropped first, to prove migrate creates it from nothing.
    await dropTestDatabase(url);
  });

  afterAll(async () => {
    await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : undefined)));
    await dropTestDatabase(url);
  });

  const source = () => {
    const ds = createServiceDataSource({ url, schema: 'referral', entities: [], migrations: PLATFORM_MIGRATIONS, poolSize: 2 });
    sources.push(ds);
    return ds;
  };

  it('creates the database, the schema and every table from empty, once even when two instances race', async () => {
    const [a, b] = await Promise.all([migrate(source(), url, 'referral'), migrate(source(), url, 'referral')]);
    expect([...a, ...b].sort()).toEqual(PLATFORM_MIGRATIONS.map((m) => m.name).sort());
    const tables: { table_name: string }[] = await sources[0].query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'referral' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(['audit_log', 'idempotency_keys', 'inbox', 'migrations', 'outbox', 'outbox_listeners']);
  });

  it('applies nothing the second time', async () => {
    expect(await migrate(source(), url, 'referral')).toEqual([]);
  });
});
