/**
 * Master-key rotation: re-wraps every person's data key under the active master key, so an older
 * master key can be retired.
 *
 *   VAULT_MASTER_KEYS="k2:<base64>,k1:<base64>" VAULT_ACTIVE_KEY_ID=k2 npm run -s vault:rotate -- --schema intake
 *
 * Each service has its own master keys, so with VAULT_MASTER_KEYS set it runs on one schema at a
 * time, with that service's keys (a run across both would wrap one service's data under the other's
 * key). Without it (development), each schema is rotated under its service's development keyring.
 * Moving prosecution off a master key it shared with intake is such a rotation: give prosecution a
 * new key first in the list and the shared one after it, run this with --schema prosecution, then
 * drop the shared key from prosecution's secret.
 *
 * Runs beside the services (short transactions). Prints, per schema, how many keys were re-wrapped
 * and which configured master keys no live data key depends on any more: remove those from
 * VAULT_MASTER_KEYS once every backup taken before this run has expired.
 */
import { parseArgs } from 'node:util';
import { createServiceDataSource, DEFAULT_DATABASE_URL } from '@relais/persistence';
import { masterKeyringFromEnv, PersonalDataVault, rotateMasterKey, VAULT_SERVICES, VaultService } from '@relais/vault';

/** The services whose schemas hold a vault (persons in intake, defendants in prosecution). */
const VAULT_SCHEMAS: readonly string[] = VAULT_SERVICES;

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { schema: { type: 'string', multiple: true } } });
  const schemas = values.schema ?? VAULT_SCHEMAS;
  const unknown = schemas.filter((schema) => !VAULT_SCHEMAS.includes(schema));
  if (unknown.length > 0) throw new Error(`no vault in ${unknown.join(', ')} (vaults: ${VAULT_SCHEMAS.join(', ')})`);
  if (process.env.VAULT_MASTER_KEYS && schemas.length !== 1) throw new Error('with VAULT_MASTER_KEYS set, name the one service they belong to: --schema intake or --schema prosecution');
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  for (const schema of schemas) {
    const keyring = masterKeyringFromEnv(schema as VaultService);
    const vault = new PersonalDataVault(keyring);
    console.log(`${schema}: active master key ${keyring.activeId} (fingerprint ${keyring.fingerprint()})`);
    const dataSource = createServiceDataSource({ url, schema, entities: [], migrations: [], poolSize: 2 });
    await dataSource.initialize();
    try {
      const report = await rotateMasterKey(dataSource, vault);
      const by = Object.entries(report.wrappedBy).map(([id, n]) => `${id}: ${n}`).join(', ') || 'none';
      console.log(`${schema}: ${report.rewrapped} data keys re-wrapped; live data keys by master key: ${by}`);
      if (report.retirable.length > 0) console.log(`${schema}: no live data key depends on ${report.retirable.join(', ')}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`vault:rotate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
