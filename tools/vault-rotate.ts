/**
 * Master-key rotation: re-wraps every person's data key under the active master key, so an older
 * master key can be retired.
 *
 *   VAULT_MASTER_KEYS="k2:<base64>,k1:<base64>" VAULT_ACTIVE_KEY_ID=k2 npm run -s vault:rotate [-- --schema intake]
 *
 * Runs beside the services (short transactions). Prints, per schema, how many keys were re-wrapped
 * and which configured master keys no live data key depends on any more: remove those from
 * VAULT_MASTER_KEYS once every backup taken before this run has expired.
 */
import { parseArgs } from 'node:util';
import { createServiceDataSource, DEFAULT_DATABASE_URL } from '@relais/persistence';
import { PersonalDataVault, rotateMasterKey, vaultKeysFromEnv } from '@relais/vault';

/** The services whose schemas hold a vault (persons in intake, defendants in prosecution). */
const VAULT_SCHEMAS = ['intake', 'prosecution'];

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { schema: { type: 'string', multiple: true } } });
  const schemas = values.schema ?? VAULT_SCHEMAS;
  const unknown = schemas.filter((schema) => !VAULT_SCHEMAS.includes(schema));
  if (unknown.length > 0) throw new Error(`no vault in ${unknown.join(', ')} (vaults: ${VAULT_SCHEMAS.join(', ')})`);
  const { keyring } = vaultKeysFromEnv();
  const vault = new PersonalDataVault(keyring);
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  console.log(`Active master key: ${keyring.activeId} (fingerprint ${keyring.fingerprint()})`);
  for (const schema of schemas) {
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
