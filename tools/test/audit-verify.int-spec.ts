import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { anchorFile, anchorKeyFromEnv, AuditAnchorer, AuditSealer, AuditTrail, sealAuditLog } from '@relais/auth';
import { createServiceDataSource, databaseName, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

/**
 * `npm run audit:verify` as an operator runs it: exit 0 on intact, anchored chains; 1 naming a
 * missing table, a tampered row, a chain shorter than its anchor, or a forged anchor.
 */
describe('audit:verify (real Postgres)', () => {
  let url: string;
  let ds: DataSource;
  let anchors: string;
  const audit = new AuditTrail();

  const append = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await ds.transaction((m) => audit.append(m, { actor: 'tester', action: 'referral.accept', resourceType: 'referral', resourceId: `r-${i}`, outcome: 'success' }));
    }
    await sealAuditLog(ds);
  };

  /** Deletes rows as the table's owner can, with the append-only triggers switched off. */
  const deleteFrom = (seq: number) =>
    ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`DELETE FROM audit_log WHERE seq >= $1`, [seq]);
    });

  beforeAll(async () => {
    url = await createTestDatabase('auditcli');
    anchors = mkdtempSync(join(tmpdir(), 'relais-anchors-'));
    ds = createServiceDataSource({ url, schema: 'referral', entities: [], migrations: PLATFORM_MIGRATIONS, poolSize: 2 });
    await migrate(ds, url, 'referral');
    await append(5);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(url);
    rmSync(anchors, { recursive: true, force: true });
  });

  const verify = (...args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', 'tools/audit-verify.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url, AUDIT_ANCHOR_DIR: anchors } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('exits 0 and reports the chain when nothing was touched', async () => {
    const { code, stdout } = await verify('--schema', 'referral');
    expect(code).toBe(0);
    expect(stdout).toMatch(/referral: ok, 5 rows, head 5 [0-9a-f]{64}, not anchored yet/);
  });

  it('exits 1 when a service’s audit_log table is missing', async () => {
    const { code, stdout } = await verify();
    expect(code).toBe(1);
    for (const schema of ['intake', 'prosecution', 'notifications', 'statistics']) expect(stdout).toContain(`${schema}: MISSING, no ${schema}.audit_log table`);
    expect(stdout).toMatch(/referral: ok, 5 rows/);
  });

  it('anchors the head from the sealer, at most once per interval and only when it moved', async () => {
    const previous = { dir: process.env.AUDIT_ANCHOR_DIR, interval: process.env.AUDIT_ANCHOR_INTERVAL_SECONDS };
    Object.assign(process.env, { AUDIT_ANCHOR_DIR: anchors, AUDIT_ANCHOR_INTERVAL_SECONDS: '3600' });
    const sealer = new AuditSealer(ds);
    try {
      await sealer.onApplicationBootstrap();
      await append(1);
      await sealer.beforeApplicationShutdown();
    } finally {
      Object.assign(process.env, { AUDIT_ANCHOR_DIR: previous.dir, AUDIT_ANCHOR_INTERVAL_SECONDS: previous.interval });
      if (previous.interval === undefined) delete process.env.AUDIT_ANCHOR_INTERVAL_SECONDS;
    }
    const file = anchorFile(anchors, databaseName(url), 'referral');
    const lines = () => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines().at(-1)).toMatchObject({ schema: 'referral', seq: 6, keyId: expect.any(String), mac: expect.any(String) });

    const anchorer = new AuditAnchorer({ dir: anchors, key: (await anchorKeyFromEnv())!, intervalMs: 60_000 });
    expect(await anchorer.maybeAnchor(ds, 0)).toMatchObject({ seq: 6 });
    await append(1);
    expect(await anchorer.maybeAnchor(ds, 59_000)).toBeNull();
    expect(await anchorer.maybeAnchor(ds, 60_000)).toMatchObject({ seq: 7 });
    expect(await anchorer.maybeAnchor(ds, 200_000)).toBeNull(); // nothing new to anchor
    expect(lines().map((a: { seq: number }) => a.seq).slice(-2)).toEqual([6, 7]);

    const { code, stdout } = await verify('--schema', 'referral');
    expect([code, stdout]).toEqual([0, expect.stringMatching(/referral: ok, 7 rows, head 7 [0-9a-f]{64}, anchored at seq 7 on /)]);
  });

  it('exits 1 when rows were deleted from the end of the chain after its anchor, even though what is left still links', async () => {
    await deleteFrom(6);
    const { code, stdout } = await verify('--schema', 'referral');
    expect(code).toBe(1);
    expect(stdout).toMatch(/referral: TRUNCATED OR REWRITTEN, chain is shorter than its anchor: 5 rows, but seq 7 was anchored at \S+ \(rows were deleted from its end\)/);
  });

  it('exits 1 when the tail was deleted and refilled past the anchor, and when an anchor is forged', async () => {
    await append(3);
    const rewritten = await verify('--schema', 'referral');
    expect([rewritten.code, rewritten.stdout]).toEqual([1, expect.stringContaining('referral: TRUNCATED OR REWRITTEN, seq 7 no longer has the hash anchored at')]);

    const file = anchorFile(anchors, databaseName(url), 'referral');
    const last = JSON.parse(readFileSync(file, 'utf8').trim().split('\n').at(-1)!);
    appendFileSync(file, JSON.stringify({ ...last, seq: 3 }) + '\n');
    const forged = await verify('--schema', 'referral');
    expect([forged.code, forged.stdout]).toEqual([1, expect.stringContaining('referral: ANCHOR FORGED, its signature does not verify')]);
  });

  it('exits 1 and names the first broken row after tampering', async () => {
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3`);
    });
    const { code, stdout } = await verify('--schema', 'referral');
    expect(code).toBe(1);
    expect(stdout).toMatch(/referral: BROKEN at seq 3/);
  });
});
