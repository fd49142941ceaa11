import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL, dropDatabase, ensureDatabase } from '../src/database';
import { TransactionHost } from '../src/transaction-host';
import { run, runFirst, typedSql } from '../src/typed-sql';

interface DB {
  notes: { id: string; body: string; at: Date; version: number };
}

const db = typedSql<DB>();

describe('typed SQL run on TypeORM, against real Postgres', () => {
  let url: string;
  let dataSource: DataSource;
  let tx: TransactionHost;

  beforeAll(async () => {
    // A scratch database of its own; not @relais/test-infra's createTestDatabase, which imports this library.
    const scratch = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
    scratch.pathname = `/relais_typed_sql_${randomBytes(5).toString('hex')}`;
    url = scratch.toString();
    await ensureDatabase(url);
    dataSource = new DataSource({ type: 'postgres', url, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE notes (id text PRIMARY KEY, body text NOT NULL, at timestamptz NOT NULL, version integer NOT NULL)');
    tx = new TransactionHost(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (url) await dropDatabase(url);
  });

  it('answers rows for every kind of statement, UPDATE and DELETE … RETURNING included', async () => {
    const at = new Date('2026-12-07T10:00:00Z');
    await tx.run(async () => {
      expect(await run(tx.manager, db.insertInto('notes').values({ id: 'n1', body: 'a', at, version: 1 }).returning(['id', 'version']))).toEqual([{ id: 'n1', version: 1 }]);
      expect(await run(tx.manager, db.insertInto('notes').values({ id: 'n2', body: 'b', at, version: 1 }))).toEqual([]);
      expect(await run(tx.manager, db.selectFrom('notes').selectAll().where('id', '=', 'n1'))).toEqual([{ id: 'n1', body: 'a', at, version: 1 }]);
      const updated = await run(tx.manager, db.updateTable('notes').set({ body: 'c', version: 2 }).where('version', '=', 1).returning('id'));
      expect(updated.map((r) => r.id).sort()).toEqual(['n1', 'n2']);
      expect(await run(tx.manager, db.updateTable('notes').set({ body: 'd' }).where('id', '=', 'none').returning('id'))).toEqual([]);
      expect(await run(tx.manager, db.updateTable('notes').set({ body: 'e' }).where('id', '=', 'n1'))).toEqual([]);
      expect(await run(tx.manager, db.deleteFrom('notes').where('id', '=', 'n2').returning(['id', 'body']))).toEqual([{ id: 'n2', body: 'c' }]);
      expect(await runFirst(tx.manager, db.selectFrom('notes').select((eb) => eb.fn.countAll<string>().as('n')))).toEqual({ n: '1' });
    });
  });

  it("runs in the caller's transaction: a rollback undoes what it wrote", async () => {
    const at = new Date();
    await expect(
      tx.run(async () => {
        await run(tx.manager, db.insertInto('notes').values({ id: 'rolled-back', body: 'x', at, version: 1 }));
        expect(await runFirst(tx.manager, db.selectFrom('notes').select('id').where('id', '=', 'rolled-back'))).toEqual({ id: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await runFirst(dataSource.manager, db.selectFrom('notes').select('id').where('id', '=', 'rolled-back'))).toBeUndefined();
  });
});
