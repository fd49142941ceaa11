import { randomBytes } from 'node:crypto';
import { createServiceDataSource, migrate } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource } from 'typeorm';
import { MasterKeyring, PersonalDataErasedError, PersonalDataVault, rotateMasterKey, VAULT_MIGRATIONS } from '../src';

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

  it('creates a subject and seals under its new key in one go; a retry seals under the key already there', async () => {
    const first = await ds.transaction((m) => vault.sealForNewSubject(m, 'V-0000000009', { familyName: 'Traoré' }));
    const [before] = await ds.query(`SELECT wrapped FROM data_keys WHERE subject_id = 'V-0000000009'`);
    const again = await ds.transaction((m) => vault.sealForNewSubject(m, 'V-0000000009', { familyName: 'Traoré' }));
    const [after] = await ds.query(`SELECT wrapped FROM data_keys WHERE subject_id = 'V-0000000009'`);
    expect(after.wrapped.equals(before.wrapped)).toBe(true);
    expect(await vault.open(ds.manager, 'V-0000000009', first)).toEqual({ familyName: 'Traoré' });
    expect(await vault.open(ds.manager, 'V-0000000009', again)).toEqual({ familyName: 'Traoré' });
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

  it('rotates a whole schema: every record reads under the new key alone, nothing under the retired one', async () => {
    const k3 = { id: 'k3', key: randomBytes(32) };
    const before = new PersonalDataVault(new MasterKeyring([k1, k2], 'k2'));
    const subjects = Array.from({ length: 7 }, (_, i) => `V-10000000${i}`);
    const sealed = await ds.transaction(async (m) => {
      const out: Buffer[] = [];
      for (const subject of subjects) {
        await before.createSubject(m, subject);
        out.push(await before.seal(m, subject, { subject }));
      }
      return out;
    });
    const report = await rotateMasterKey(ds, new PersonalDataVault(new MasterKeyring([k1, k2, k3], 'k3')), 3);
    expect(report.rewrapped).toBeGreaterThanOrEqual(subjects.length);
    expect(report.retirable.sort()).toEqual(['k1', 'k2']);
    expect(Object.keys(report.wrappedBy)).toEqual(['k3']);
    const onlyNew = new PersonalDataVault(new MasterKeyring([k3], 'k3'));
    for (const [i, subject] of subjects.entries()) expect(await onlyNew.open(ds.manager, subject, sealed[i])).toEqual({ subject });
    const onlyOld = new PersonalDataVault(new MasterKeyring([k1, k2], 'k2'));
    await expect(onlyOld.open(ds.manager, subjects[0], sealed[0])).rejects.toThrow(/k3 is not configured/);
    // Erased subjects stay erased: rotation has nothing to wrap for them.
    await expect(onlyNew.open(ds.manager, 'V-0000000002', Buffer.alloc(40))).rejects.toBeInstanceOf(PersonalDataErasedError);
  });
});
