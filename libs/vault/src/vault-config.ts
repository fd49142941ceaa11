import { BlindIndex } from './blind-index';
import { MasterKeyring } from './keyring';
import { localSecret } from './local-secrets';

export interface VaultKeys {
  keyring: MasterKeyring;
  blindIndex: BlindIndex;
}

/**
 * From `VAULT_MASTER_KEYS` (+ `VAULT_ACTIVE_KEY_ID`) and `VAULT_BLIND_INDEX_KEY` (base64); in
 * development, from keys generated under .relais/keys. Production refuses to run on those.
 */
export function vaultKeysFromEnv(env: NodeJS.ProcessEnv = process.env): VaultKeys {
  const production = env.NODE_ENV === 'production';
  if (production && (!env.VAULT_MASTER_KEYS || !env.VAULT_BLIND_INDEX_KEY)) {
    throw new Error('VAULT_MASTER_KEYS and VAULT_BLIND_INDEX_KEY must be set when NODE_ENV=production');
  }
  const keyring = env.VAULT_MASTER_KEYS
    ? MasterKeyring.parse(env.VAULT_MASTER_KEYS, env.VAULT_ACTIVE_KEY_ID || undefined)
    : new MasterKeyring([{ id: 'local-1', key: localSecret('vault-master-local-1.key') }], 'local-1');
  const blindKey = env.VAULT_BLIND_INDEX_KEY ? Buffer.from(env.VAULT_BLIND_INDEX_KEY, 'base64') : localSecret('vault-blind-index.key');
  return { keyring, blindIndex: new BlindIndex(blindKey) };
}
