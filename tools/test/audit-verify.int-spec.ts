import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditTrail, sealAuditLog } from '@relais/auth';
import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

/** `npm run audit:verify` as an operator runs it: exit 0 on intact chains, 1 naming the tampered row. */
describe('audit:verify (real Postgres)', () => {
  let url: string;
  let ds: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase('auditcli');
    ds = createServiceDataSource({ url, schema: 'referral', entities: [], migrations: PLATFORM_MIGRATIONS, poolSize: 2 });
    await migrate(ds, url, 'referral');
    const audit = new AuditTrail();
    for (let i = 0; i < 5; i++) {
      await ds.transaction((m) => audit.append(m, { actor: 'tester', action: 'referral.accept', resourceType: 'referral', resourceId: `r-${i}`, outcome: 'success' }));
    }
    await sealAuditLog(ds);
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(url);
  });

  const verify = () =>
    run(process.execPath, ['-r', '@swc-node/register', 'tools/audit-verify.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: url } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('exits 0 and reports the chain when nothing was touched', async () => {
    const { code, stdout } = await verify();
    expect(code).toBe(0);
    expect(stdout).toMatch(/referral: ok, 5 rows/);
  });

  it('exits 1 and names the first broken row after tampering', async () => {
    await ds.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3`);
    });
    const { code, stdout } = await verify();
    expect(code).toBe(1);
    expect(stdout).toMatch(/referral: BROKEN at seq 3/);
  });
});
