import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, NotEquals, ValidateIf } from 'class-validator';
import { loadConfig, ServiceConfig } from '@relais/platform';
import { localSecret, ONLY_VAULT_SERVICES, RefusedInProduction } from '@relais/vault';

/** The development realm's secret for `relais-accounts` (deploy/keycloak/realms/relais-dev.json). */
export const DEV_ACCOUNTS_CLIENT_SECRET = 'relais-accounts-dev-secret';

export class ReferralConfig extends ServiceConfig {
  /** Vault keys are intake's and prosecution's: refused here in production (README, "Security"). */
  @RefusedInProduction('referral', ONLY_VAULT_SERVICES)
  VAULT_MASTER_KEYS?: string;

  @RefusedInProduction('referral', ONLY_VAULT_SERVICES)
  VAULT_ACTIVE_KEY_ID?: string;

  @RefusedInProduction('referral', ONLY_VAULT_SERVICES)
  VAULT_BLIND_INDEX_KEY?: string;

  /**
   * Load the fictitious demo directory of Mali at start-up. Unset means "yes outside production",
   * so `npm start` has agencies to route to while a production install never gets invented ones.
   * No @Type(Boolean): that would read "no" as true; only true/false are accepted.
   */
  @IsOptional()
  @IsBoolean()
  LOAD_DEMO_DIRECTORY?: boolean;

  /** How often each instance looks for referrals whose deadline has passed. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DEADLINE_CHECK_INTERVAL_MS = 30_000;

  /** Overdue referrals escalated per sweep at most; the next sweep takes the rest. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  DEADLINE_BATCH_SIZE = 500;

  /** Off only where another process sweeps deadlines (or a test drives the clock itself). */
  @IsBoolean()
  DEADLINE_SCHEDULER_ENABLED = true;

  /** Keycloak's base URL, where agency administrators' account changes are sent (admin REST API). */
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'KEYCLOAK_URL must be an http(s) URL, e.g. http://127.0.0.1:8080' })
  KEYCLOAK_URL = 'http://127.0.0.1:8080';

  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'KEYCLOAK_REALM must be a realm name' })
  KEYCLOAK_REALM = 'relais';

  /** The confidential client whose service account may view and manage users (and nothing else). */
  @IsString()
  @IsNotEmpty()
  KEYCLOAK_ACCOUNTS_CLIENT_ID = 'relais-accounts';

  /**
   * Its secret. Outside production the development realm's is assumed; in production it must be
   * given, and the development one (published in the repository) is refused.
   */
  @ValidateIf((config: ReferralConfig) => config.NODE_ENV === 'production')
  @IsString()
  @IsNotEmpty({ message: 'KEYCLOAK_ACCOUNTS_CLIENT_SECRET must be set when NODE_ENV=production' })
  @NotEquals(DEV_ACCOUNTS_CLIENT_SECRET, { message: 'KEYCLOAK_ACCOUNTS_CLIENT_SECRET must not be the development secret in production' })
  KEYCLOAK_ACCOUNTS_CLIENT_SECRET?: string;

  /** A Keycloak that does not answer within this is reported as unavailable (503), not waited for. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  KEYCLOAK_TIMEOUT_MS = 5_000;

  /**
   * base64 of at least 32 bytes: keys the idempotency fingerprints of account creations (names,
   * e-mail addresses), so a stored one cannot confirm a guess. Its own key: the accounts client
   * secret once served here too, and one key must never serve two purposes.
   */
  @ValidateIf((config: ReferralConfig) => config.NODE_ENV === 'production' || config.IDEMPOTENCY_FINGERPRINT_KEY !== undefined)
  @IsNotEmpty({ message: 'IDEMPOTENCY_FINGERPRINT_KEY must be set when NODE_ENV=production' })
  @Matches(/^[A-Za-z0-9+/]{43,}={0,2}$/, { message: 'IDEMPOTENCY_FINGERPRINT_KEY must be base64 of at least 32 bytes' })
  IDEMPOTENCY_FINGERPRINT_KEY?: string;

  /** Outside production without the setting, a development key of referral's own under .relais/keys. */
  get idempotencyFingerprintKey(): Buffer {
    return this.IDEMPOTENCY_FINGERPRINT_KEY ? Buffer.from(this.IDEMPOTENCY_FINGERPRINT_KEY, 'base64') : localSecret('referral-idempotency-fingerprint.key');
  }

  get keycloakAccountsClientSecret(): string {
    return this.KEYCLOAK_ACCOUNTS_CLIENT_SECRET ?? DEV_ACCOUNTS_CLIENT_SECRET;
  }

  get loadDemoDirectory(): boolean {
    return this.LOAD_DEMO_DIRECTORY ?? this.NODE_ENV !== 'production';
  }
}

export function loadReferralConfig(env: NodeJS.ProcessEnv = process.env): ReferralConfig {
  return loadConfig('referral', ReferralConfig, {}, env);
}
