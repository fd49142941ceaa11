import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServiceDataSource, migrate } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { masterKeyringFromEnv, PersonalDataVault, VAULT_MIGRATIONS } from '@relais/vault';
import { DataSource } from 'typeorm';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

/**
 * Moving prosecution off the master key it shared with intake, as README "Security" tells an
 * operator to: prosecution's secret lists its new key first and the shared one after it,
 * `npm run vault:rotate -- --schema prosecution` re-wraps, and then prosecution's own key alone
 * opens every defendant while the shared key (intake's) opens none.
 */
describe('vault:rotate splitting a shared master key (real Postgres)', () => {
  const shared = `shared-1:${randomBytes(32).toString('base64')}`;
  const own = `prosecution-1:${randomBytes(32).toString('base64')}`;
  const subjects = ['D-000001', 'D-000002', 'D-000003'];
  let url: string;
  let ds: DataSource;
  let sealed: Buffer[];

  const rotate = (env: Record<string, string>, ...args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', 'tools/vault-rotate.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url, ...env } }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );

  beforeAll(async () => {
    url = await createTestDatabase('vaultsplit');
    ds = createServiceDataSource({ url, schema: 'prosecution', entities: [], migrations: VAULT_MIGRATIONS, poolSize: 2 });
    await migrate(ds, url, 'prosecution');
    const before = new PersonalDataVault(masterKeyringFromEnv('prosecution', { VAULT_MASTER_KEYS: shared }));
    sealed = await ds.transaction(async (m) => {
      const out: Buffer[] = [];
      for (const subject of subjects) {
        await before.createSubject(m, subject);
        out.push(await before.seal(m, subject, { familyName: `Keita ${subject}` }));
      }
      return out;
    });
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(url);
  });

  it('refuses to rotate both schemas under one set of keys, since each service has its own', async () => {
    const { code, out } = await rotate({ VAULT_MASTER_KEYS: `${own},${shared}` });
    expect(code).toBe(1);
    expect(out).toContain('name the one service they belong to');
    const [row] = await ds.query(`SELECT count(*)::int AS n FROM data_keys WHERE key_id = 'shared-1'`);
    expect(row.n).toBe(subjects.length);
  });

  it('re-wraps every data key under prosecution’s own key, which alone then opens them all', async () => {
    const { code, out } = await rotate({ VAULT_MASTER_KEYS: `${own},${shared}` }, '--schema', 'prosecution');
    expect([code, out]).toEqual([0, expect.stringContaining(`prosecution: ${subjects.length} data keys re-wrapped`)]);
    expect(out).toContain('no live data key depends on shared-1');

    const ownOnly = new PersonalDataVault(masterKeyringFromEnv('prosecution', { VAULT_MASTER_KEYS: own }));
    for (const [i, subject] of subjects.entries()) expect(await ownOnly.open(ds.manager, subject, sealed[i])).toEqual({ familyName: `Keita ${subject}` });
    const intakeKeys = new PersonalDataVault(masterKeyringFromEnv('intake', { VAULT_MASTER_KEYS: shared }));
    await expect(intakeKeys.open(ds.manager, subjects[0], sealed[0])).rejects.toThrow(/prosecution-1 is not configured/);
  });
});
