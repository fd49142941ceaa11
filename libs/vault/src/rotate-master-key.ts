import { DataSource } from 'typeorm';
import { PersonalDataVault } from './personal-data-vault';

export interface RotationReport {
  rewrapped: number;
  /** Live data keys per master key id, after the rotation. */
  wrappedBy: Record<string, number>;
  /** Configured keys that no live data key depends on any more. */
  retirable: string[];
}

/**
 * Re-wraps every data key of one schema under the active master key, in short transactions (a
 * batch at a time, so services keep working), then vacuums the table so the old wrappings leave
 * the live database's pages. A master key no data key depends on can then be removed from
 * `VAULT_MASTER_KEYS`; backups taken before still need it until they expire.
 */
export async function rotateMasterKey(dataSource: DataSource, vault: PersonalDataVault, batchSize = 500): Promise<RotationReport> {
  let rewrapped = 0;
  for (let batch = -1; batch !== 0; ) {
    batch = await dataSource.transaction((manager) => vault.rotate(manager, batchSize));
    rewrapped += batch;
  }
  await dataSource.query('VACUUM data_keys');
  const rows: { key_id: string; n: string }[] = await dataSource.query(
    'SELECT key_id, count(*) AS n FROM data_keys WHERE wrapped IS NOT NULL GROUP BY key_id',
  );
  const wrappedBy = Object.fromEntries(rows.map((row) => [row.key_id, Number(row.n)]));
  const retirable = vault.keyring.ids.filter((id) => id !== vault.keyring.activeId && !wrappedBy[id]);
  return { rewrapped, wrappedBy, retirable };
}
