import { BlindIndex } from './blind-index';
import { MasterKeyring } from './keyring';
import { existingLocalSecret, localKeysDir, localSecret } from './local-secrets';

/** The only services that hold vault keys: intake (victims) and prosecution (defendants). */
export const VAULT_SERVICES = ['intake', 'prosecution'] as const;
export type VaultService = (typeof VAULT_SERVICES)[number];

/**
 * Keys the fingerprints of idempotent requests. A class of its own (same keyed, normalised hash as
 * the blind index) so that it is injected under its own token and can never be handed the
 * duplicate-detection key by mistake: a fingerprint and a duplicate key of the same person are
 * unrelated values.
 */
export class RequestFingerprint extends BlindIndex {}

export interface VaultKeys {
  /** The master keys wrapping each subject's data key: the service's own, shared with no other. */
  keyring: MasterKeyring;
  /** Idempotency fingerprints (`IDEMPOTENCY_FINGERPRINT_KEY`). */
  fingerprint: RequestFingerprint;
}

/**
 * Development key files, one per service and purpose, never one key for two purposes. Intake keeps
 * the names it has always had, so data already sealed and indexed locally stays readable.
 */
const DEV_MASTER: Record<VaultService, { id: string; file: string }> = {
  intake: { id: 'local-1', file: 'vault-master-local-1.key' },
  prosecution: { id: 'prosecution-local-1', file: 'prosecution-vault-master.key' },
};
/** Before keyrings were split, prosecution wrapped its data keys under intake's development key. */
const SHARED_DEV_MASTER = DEV_MASTER.intake;
const DEV_DUPLICATE_INDEX = 'vault-blind-index.key';
const devFingerprintFile = (service: VaultService) => `${service}-idempotency-fingerprint.key`;

/**
 * A service's master keyring from `VAULT_MASTER_KEYS` (+ `VAULT_ACTIVE_KEY_ID`). In development, a
 * key generated for that service alone under .relais/keys; prosecution also still reads the shared
 * development key its older data keys were wrapped under (`npm run vault:rotate -- --schema
 * prosecution` re-wraps them), exactly as a production installation moves off a shared key.
 */
export function masterKeyringFromEnv(service: VaultService, env: NodeJS.ProcessEnv = process.env): MasterKeyring {
  requireInProduction(env, ['VAULT_MASTER_KEYS']);
  if (env.VAULT_MASTER_KEYS) return MasterKeyring.parse(env.VAULT_MASTER_KEYS, env.VAULT_ACTIVE_KEY_ID || undefined);
  const dir = localKeysDir(env);
  const own = DEV_MASTER[service];
  const keys = [{ id: own.id, key: localSecret(own.file, 32, dir) }];
  const legacy = own === SHARED_DEV_MASTER ? undefined : existingLocalSecret(SHARED_DEV_MASTER.file, dir);
  if (legacy) keys.push({ id: SHARED_DEV_MASTER.id, key: legacy });
  return new MasterKeyring(keys, own.id);
}

/** Intake's duplicate detection, from `VAULT_BLIND_INDEX_KEY` (base64 ≥ 32 bytes). */
export function duplicateIndexFromEnv(env: NodeJS.ProcessEnv = process.env): BlindIndex {
  requireInProduction(env, ['VAULT_BLIND_INDEX_KEY']);
  return new BlindIndex(env.VAULT_BLIND_INDEX_KEY ? Buffer.from(env.VAULT_BLIND_INDEX_KEY, 'base64') : localSecret(DEV_DUPLICATE_INDEX, 32, localKeysDir(env)));
}

/** Idempotency fingerprints, from `IDEMPOTENCY_FINGERPRINT_KEY` (base64 ≥ 32 bytes). */
export function requestFingerprintFromEnv(service: VaultService, env: NodeJS.ProcessEnv = process.env): RequestFingerprint {
  requireInProduction(env, ['IDEMPOTENCY_FINGERPRINT_KEY']);
  const configured = env.IDEMPOTENCY_FINGERPRINT_KEY;
  return new RequestFingerprint(configured ? Buffer.from(configured, 'base64') : localSecret(devFingerprintFile(service), 32, localKeysDir(env)));
}

/** The keys every vault service needs (intake adds its duplicate index, duplicateIndexFromEnv). */
export function vaultKeysFromEnv(service: VaultService, env: NodeJS.ProcessEnv = process.env): VaultKeys {
  return { keyring: masterKeyringFromEnv(service, env), fingerprint: requestFingerprintFromEnv(service, env) };
}

/** The services validate their settings first (every problem in one message); this is the last guard. */
function requireInProduction(env: NodeJS.ProcessEnv, names: string[]): void {
  const missing = names.filter((name) => !env[name]);
  if (env.NODE_ENV === 'production' && missing.length > 0) throw new Error(`${missing.join(', ')} must be set when NODE_ENV=production`);
}
