import { randomBytes } from 'node:crypto';
import { createServiceDataSource, migrate } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';
import { MasterKeyring, PersonalDataErasedError, PersonalDataVault, VAULT_MIGRATIONS } from '../src';

/** The vault against the real database: sealing, crypto-shredding, master-key rotation. */
describe('PersonalDataVault (real Postgres)', () => {
  let url: string;
  let ds: DataSource;
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };
  const vault = new PersonalDataVault(new MasterKeyring([k1], 'k1'));

  beforeAll(async () => {
    url = await createTestDatabase('vault');
    ds = createServiceDataSource({ url, schema: 'intake', entities: [], migrations: VAULT_MIGRATIONS, poolSize: 2 });
    await migrate(ds, url, 'intake');
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(url);
  });

  it('seals and opens, storing only ciphertext and a wrapped key', async () => {
    const sealed = await ds.transaction(async (m) => {
      await vault.createSubject(m, 'V-0000000001');
      return vault.seal(m, 'V-0000000001', { familyName: 'Coulibaly' });
    });
    expect(sealed.toString('latin1')).not.toContain('Coulibaly');
    expect(await vault.open(ds.manager, 'V-0000000001', sealed)).toEqual({ familyName: 'Coulibaly' });
    const [row] = await ds.query(`SELECT wrapped FROM data_keys WHERE subject_id = 'V-0000000001'`);
    expect(row.wrapped).toHaveLength(1 + 12 + 16 + 32);
  });

  it('shreds once: the data become unreadable for good', async () => {
    const sealed = await ds.transaction(async (m) => {
      await vault.createSubject(m, 'V-0000000002');
      return vault.seal(m, 'V-0000000002', 'narrative');
    });
    expect(await ds.transaction((m) => vault.shred(m, 'V-0000000002'))).toBe(true);
    expect(await ds.transaction((m) => vault.shred(m, 'V-0000000002'))).toBe(false);
    expect(await vault.isErased(ds.manager, 'V-0000000002')).toBe(true);
    await expect(vault.open(ds.manager, 'V-0000000002', sealed)).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('re-wraps data keys under a new master key, and the data still open', async () => {
    const sealed = await ds.transaction(async (m) => {
      await vault.createSubject(m, 'V-0000000003');
      return vault.seal(m, 'V-0000000003', 'still here');
    });
    const rotated = new PersonalDataVault(new MasterKeyring([k1, k2], 'k2'));
    expect(await ds.transaction((m) => rotated.rotate(m))).toBeGreaterThanOrEqual(1);
    const onlyNew = new PersonalDataVault(new MasterKeyring([k2], 'k2'));
    expect(await onlyNew.open(ds.manager, 'V-0000000003', sealed)).toBe('still here');
  });
});
