import { join } from 'node:path';
import { IsDefined, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { loadConfig, ServiceConfig } from '@relais/platform';
import { RefusedInProduction } from '@relais/vault';

/** The shipped data files, found the same way from src/ (development, tests) and dist/ (npm start). */
const DATA_DIR = join(__dirname, '..', 'data');

const inProduction = (config: ProsecutionConfig) => config.NODE_ENV === 'production';

export class ProsecutionConfig extends ServiceConfig {
  /** Which office is competent for which place. The shipped file is a demo: replace it with the Ministry of Justice's. */
  @IsString()
  @MaxLength(1000)
  PROSECUTOR_OFFICES_FILE = join(DATA_DIR, 'prosecutor-offices.json');

  /** Penalties the law sets, used to warn about sentences outside them. */
  @IsString()
  @MaxLength(1000)
  STATUTORY_PENALTIES_FILE = join(DATA_DIR, 'statutory-penalties.json');

  /**
   * Master keys that wrap each defendant's data key, `<id>:<base64 32 bytes>[,…]`. Unset in
   * development: a local key is generated under .relais/keys. Required in production.
   */
  @ValidateIf((c: ProsecutionConfig) => inProduction(c) || c.VAULT_MASTER_KEYS !== undefined)
  @IsDefined({ message: 'VAULT_MASTER_KEYS must be set when NODE_ENV=production' })
  @Matches(/^[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'VAULT_MASTER_KEYS must be "<id>:<base64 of 32 bytes>[,…]"',
  })
  VAULT_MASTER_KEYS?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/)
  VAULT_ACTIVE_KEY_ID?: string;

  /** Keys the fingerprints of idempotent requests that carry identities, so no plain hash of a name is stored. */
  @ValidateIf((c: ProsecutionConfig) => inProduction(c) || c.IDEMPOTENCY_FINGERPRINT_KEY !== undefined)
  @IsDefined({ message: 'IDEMPOTENCY_FINGERPRINT_KEY must be set when NODE_ENV=production' })
  @Matches(/^[A-Za-z0-9+/]{43,}={0,2}$/, { message: 'IDEMPOTENCY_FINGERPRINT_KEY must be base64 of at least 32 bytes' })
  IDEMPOTENCY_FINGERPRINT_KEY?: string;

  /** Duplicate detection is intake's: prosecution has no use for its key, so does not accept it. */
  @RefusedInProduction('prosecution', 'the duplicate-detection key is intake\'s alone')
  VAULT_BLIND_INDEX_KEY?: string;

  /** What the vault library reads, taken from this validated configuration rather than the raw environment. */
  get vaultEnvironment(): NodeJS.ProcessEnv {
    return {
      NODE_ENV: this.NODE_ENV,
      VAULT_MASTER_KEYS: this.VAULT_MASTER_KEYS,
      VAULT_ACTIVE_KEY_ID: this.VAULT_ACTIVE_KEY_ID,
      IDEMPOTENCY_FINGERPRINT_KEY: this.IDEMPOTENCY_FINGERPRINT_KEY,
    };
  }
}

export function loadProsecutionConfig(env: NodeJS.ProcessEnv = process.env): ProsecutionConfig {
  return loadConfig('prosecution', ProsecutionConfig, {}, env);
}
