import { IsNotEmpty, IsOptional, Matches, ValidateIf } from 'class-validator';
import { loadConfig, ServiceConfig } from '@relais/platform';

const MASTER_KEYS = /^[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=)*$/;
const BASE64_32_BYTES_OR_MORE = /^[A-Za-z0-9+/]{43,}={0,2}$/;

/**
 * Intake's settings. Nothing is required locally: without vault keys, development keys are
 * generated once under .relais/keys. In production the vault keys must come from the secret store.
 */
export class IntakeConfig extends ServiceConfig {
  /** `<id>:<base64 32 bytes>[,<id>:<base64>…]`: the master keys wrapping each person's data key. */
  @ValidateIf((c: IntakeConfig) => c.NODE_ENV === 'production' || c.VAULT_MASTER_KEYS !== undefined)
  @IsNotEmpty({ message: 'VAULT_MASTER_KEYS is required in production' })
  @Matches(MASTER_KEYS, { message: 'VAULT_MASTER_KEYS must be "<id>:<base64 of 32 bytes>[,…]"' })
  VAULT_MASTER_KEYS?: string;

  /** Which master key wraps new data keys (default: the first listed); the others still unwrap. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'VAULT_ACTIVE_KEY_ID must be one of the ids in VAULT_MASTER_KEYS' })
  VAULT_ACTIVE_KEY_ID?: string;

  /** base64 of at least 32 bytes: the key of the duplicate-detection blind index. */
  @ValidateIf((c: IntakeConfig) => c.NODE_ENV === 'production' || c.VAULT_BLIND_INDEX_KEY !== undefined)
  @IsNotEmpty({ message: 'VAULT_BLIND_INDEX_KEY is required in production' })
  @Matches(BASE64_32_BYTES_OR_MORE, { message: 'VAULT_BLIND_INDEX_KEY must be base64 of at least 32 bytes' })
  VAULT_BLIND_INDEX_KEY?: string;

  /** base64 of at least 32 bytes: keys the idempotency fingerprints; never the blind index's key. */
  @ValidateIf((c: IntakeConfig) => c.NODE_ENV === 'production' || c.IDEMPOTENCY_FINGERPRINT_KEY !== undefined)
  @IsNotEmpty({ message: 'IDEMPOTENCY_FINGERPRINT_KEY is required in production' })
  @Matches(BASE64_32_BYTES_OR_MORE, { message: 'IDEMPOTENCY_FINGERPRINT_KEY must be base64 of at least 32 bytes' })
  IDEMPOTENCY_FINGERPRINT_KEY?: string;

  /** The environment the vault library reads its keys from, built from validated settings only. */
  vaultEnv(): NodeJS.ProcessEnv {
    return {
      NODE_ENV: this.NODE_ENV,
      VAULT_MASTER_KEYS: this.VAULT_MASTER_KEYS,
      VAULT_ACTIVE_KEY_ID: this.VAULT_ACTIVE_KEY_ID,
      VAULT_BLIND_INDEX_KEY: this.VAULT_BLIND_INDEX_KEY,
      IDEMPOTENCY_FINGERPRINT_KEY: this.IDEMPOTENCY_FINGERPRINT_KEY,
    };
  }
}

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return loadConfig('intake', IntakeConfig, {}, env);
}
