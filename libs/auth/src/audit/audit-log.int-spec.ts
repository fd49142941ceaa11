import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL, dropDatabase, migrate, serviceDataSourceOptions } from '@relais/persistence';
import { AuditEntry } from './audit-entry';
import { AuditTrail } from './audit-trail';
import { CreateAuditLog1796083200000 } from './migrations/20261201000000-create-audit-log';
import { SealAuditLogAfterCommit1796083440000 } from './migrations/20261201000400-seal-audit-log-after-commit';
import { SealAuditLogInOneUpdate1796666400000 } from './migrations/20261207180000-seal-audit-log-in-one-update';
import { GENESIS_HASH, verifyAuditChain } from './verify-audit-chain';
import { sealAuditLog } from './audit-sealer';

const SCHEMA = 'referral';

/** A throwaway database on the configured server, so runs never see each other's rows. */
function throwawayDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.pathname = `/relais_t_${randomBytes(6).toString('hex')}`;
  return url.toString();
}

const entry = (actor: string, resourceId: string, details: Record<string, unknown> = {}): AuditEntry => ({
  actor,
  action: 'referral.accept',
  resourceType: 'referral',
  resourceId,
  outcome: 'success',
  details,
});

describe('audit trail (real Postgres)', () => {
  const trail = new AuditTrail();
  let url: string;
  let dataSource: DataSource;
  let superuser: Client;

  beforeAll(async () => {
    url = throwawayDatabaseUrl();
    dataSource = new DataSource(
      serviceDataSourceOptions({ url, schema: SCHEMA, entities: [], migrations: [CreateAuditLog1796083200000, SealAuditLogAfterCommit1796083440000, SealAuditLogInOneUpdate1796666400000], poolSize: 12 }),
    );
    await migrate(dataSource, url, SCHEMA);
    superuser = new Client({ connectionString: url });
    await superuser.connect();
    // The hash must not depend on the session: verify from a session far from UTC.
    await superuser.query(`SET TimeZone = 'Asia/Tokyo'`);
  });

  afterAll(async () => {
    await superuser?.end();
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (url) await dropDatabase(url);
  });

  it('keeps one gap-free chain while several transactions append at once', async () => {
    const writers = 8;
    const perWriter = 5;
    const committed = Array.from({ length: writers }, (_, writer) =>
      dataSource.transaction(async (manager) => {
        for (let i = 0; i < perWriter; i += 1) {
          await trail.append(manager, entry(`u-${writer}`, `r-${writer}-${i}`, { writer, i }));
          await manager.query('SELECT pg_sleep(0.002)');
        }
      }),
    );
    // A writer that rolls back must leave neither its rows nor a gap behind.
    const rolledBack = dataSource
      .transaction(async (manager) => {
        await trail.append(manager, entry('u-rollback', 'r-rollback'));
        throw new Error('use case failed');
      })
      .catch((error: Error) => error.message);
    await Promise.all(committed);
    expect(await rolledBack).toBe('use case failed');
    expect(await sealAuditLog(dataSource)).toBe(writers * perWriter);

    const rows: { seq: string; actor: string; at: Date; prev_hash: string }[] = await dataSource.query(
      'SELECT seq, actor, at, prev_hash FROM audit_log ORDER BY seq',
    );
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: writers * perWriter }, (_, i) => i + 1));
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    expect(rows.some((row) => row.actor === 'u-rollback')).toBe(false);
    // Each writer's own rows keep their order in the chain (the chain follows insertion order).
    for (let writer = 0; writer < writers; writer++) {
      const own = rows.filter((row) => row.actor === `u-${writer}`);
      own.slice(1).forEach((row, i) => expect(row.at.getTime()).toBeGreaterThanOrEqual(own[i].at.getTime()));
    }

    const viaTypeorm = await verifyAuditChain(dataSource, SCHEMA);
    expect(viaTypeorm).toMatchObject({ ok: true, rows: writers * perWriter, head: { seq: writers * perWriter } });
    expect(await verifyAuditChain(superuser, SCHEMA)).toEqual(viaTypeorm);
  });

  it('numbers, dates and hashes rows itself, whatever the application sends', async () => {
    const [forged]: { id: string; seq: string | null; at: Date; hash: string | null }[] = await dataSource.query(
      `INSERT INTO audit_log (seq, at, actor, action, resource_type, resource_id, outcome, details, prev_hash, hash)
       VALUES (1, '2000-01-01', 'u-forger', 'person.read', 'person', 'VR-1', 'success', '{}', 'x', 'y')
       RETURNING id, seq, at, hash`,
    );
    expect(forged.seq).toBeNull();
    expect(forged.hash).toBeNull();
    expect(forged.at.getFullYear()).toBeGreaterThan(2000);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toMatchObject({ ok: true, rows: 40, unsealed: 1 });
    expect(await sealAuditLog(dataSource)).toBe(1);
    const [sealed] = await dataSource.query('SELECT seq, hash FROM audit_log WHERE id = $1', [forged.id]);
    expect(Number(sealed.seq)).toBe(41);
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toEqual(expect.objectContaining({ ok: true, rows: 41 }));
  });

  it('lets nothing but the sealer touch a row, and the sealer only the chain fields', async () => {
    await dataSource.query(`INSERT INTO audit_log (actor, action, resource_type, resource_id, outcome) VALUES ('u-x', 'a', 'r', '1', 'success')`);
    // Pretending to be the sealer does not allow changing what the row says.
    await expect(
      dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('relais.audit_sealing', 'on', true)`);
        await m.query(`UPDATE audit_log SET actor = 'someone-else' WHERE seq IS NULL`);
      }),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    // Nor changing a sealed row, even its chain fields.
    await expect(
      dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('relais.audit_sealing', 'on', true)`);
        await m.query(`UPDATE audit_log SET hash = repeat('f', 64) WHERE seq = 1`);
      }),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    expect(await sealAuditLog(dataSource)).toBe(1);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toMatchObject({ ok: true, rows: 42 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(dataSource.query(`UPDATE audit_log SET outcome = 'denied' WHERE seq = 1`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(dataSource.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(dataSource.query('DELETE FROM audit_log WHERE false')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toMatchObject({ ok: true, rows: 42 });
  });

  it('names the first row a superuser tampered with', async () => {
    // Replica mode switches the guarding triggers off: only the hashes are left to tell.
    await superuser.query('SET session_replication_role = replica');
    await superuser.query(`UPDATE ${SCHEMA}.audit_log SET details = '{"writer": 99}' WHERE seq = 7`);
    expect(await verifyAuditChain(superuser, SCHEMA)).toEqual({ ok: false, rows: 42, firstBroken: { seq: 7, reason: 'hash_mismatch' } });

    // Rehashing the altered row moves the break to the next one, whose link no longer holds.
    await superuser.query(
      `UPDATE ${SCHEMA}.audit_log
          SET hash = ${SCHEMA}.audit_row_hash(seq, at, actor, action, resource_type, resource_id, outcome, details, prev_hash)
        WHERE seq = 7`,
    );
    expect(await verifyAuditChain(superuser, SCHEMA)).toMatchObject({ ok: false, firstBroken: { seq: 8, reason: 'prev_hash_mismatch' } });

    await superuser.query(`DELETE FROM ${SCHEMA}.audit_log WHERE seq = 3`);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toEqual({ ok: false, rows: 41, firstBroken: { seq: 4, reason: 'seq_gap' } });
  });
});

describe('audit trail sealed in batches (real Postgres)', () => {
  const trail = new AuditTrail();
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = throwawayDatabaseUrl();
    dataSource = new DataSource(
      serviceDataSourceOptions({ url, schema: SCHEMA, entities: [], migrations: [CreateAuditLog1796083200000, SealAuditLogAfterCommit1796083440000], poolSize: 2 }),
    );
    await migrate(dataSource, url, SCHEMA);
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (url) await dropDatabase(url);
  });

  it('continues a chain sealed row by row (before the one-UPDATE seal) with seals of a few rows each', async () => {
    const append = (n: number, from: number) =>
      dataSource.transaction(async (manager) => {
        for (let i = from; i < from + n; i++) await trail.append(manager, entry('u-batches', `r-batch-${i}`, { i }));
      });
    await append(4, 0);
    expect(await sealAuditLog(dataSource)).toBe(4); // the earlier, row-by-row audit_seal()
    const upgrade = new DataSource(
      serviceDataSourceOptions({ url, schema: SCHEMA, entities: [], migrations: [CreateAuditLog1796083200000, SealAuditLogAfterCommit1796083440000, SealAuditLogInOneUpdate1796666400000], poolSize: 2 }),
    );
    expect(await migrate(upgrade, url, SCHEMA)).toEqual(['SealAuditLogInOneUpdate1796666400000']);
    await upgrade.destroy();
    await append(7, 4);
    // Batches of three: 3 + 3 + 1, each one UPDATE continuing from the previous head.
    expect(await sealAuditLog(dataSource, 3)).toBe(7);
    expect(await sealAuditLog(dataSource, 3)).toBe(0);
    expect(await verifyAuditChain(dataSource, SCHEMA)).toMatchObject({ ok: true, rows: 11, head: { seq: 11 } });
  });
});
