import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ConfigurationError, loadConfig, ServiceConfig } from '@relais/platform';
import { allowListOf } from './domain/webhook-target';
import { ONLY_VAULT_SERVICES, RefusedInProduction } from '@relais/vault';

const HOUR_MS = 3_600_000;

/**
 * Settings of the notifications service. Defaults fit a development machine: an SMTP server and
 * an SMS gateway on 127.0.0.1 (if none listens, deliveries wait and retry; nothing crashes).
 */
export class NotificationsConfig extends ServiceConfig {
  /** Vault keys are intake's and prosecution's: refused here in production (README, "Security"). */
  @RefusedInProduction('notifications', ONLY_VAULT_SERVICES)
  VAULT_MASTER_KEYS?: string;

  @RefusedInProduction('notifications', ONLY_VAULT_SERVICES)
  VAULT_ACTIVE_KEY_ID?: string;

  @RefusedInProduction('notifications', ONLY_VAULT_SERVICES)
  VAULT_BLIND_INDEX_KEY?: string;

  /** `smtp://host:port`, `smtps://user:pass@host:465`, or with `?requireTLS=true`. */
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be smtp://host:port or smtps://host:port' })
  SMTP_URL = 'smtp://127.0.0.1:2525';

  @IsString()
  @MaxLength(200)
  SMTP_FROM = 'Relais <no-reply@relais.invalid>';

  /** Connection, greeting and socket timeout of one SMTP exchange. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300_000)
  SMTP_TIMEOUT_MS = 15_000;

  /** The provider-neutral SMS gateway: receives `POST { to, text, reference, … }` per SMS part. */
  @Matches(/^https?:\/\/.+/, { message: 'SMS_GATEWAY_URL must be an http(s) URL' })
  SMS_GATEWAY_URL = 'http://127.0.0.1:2526/sms';

  /** Bearer token the gateway expects, if any. */
  @IsOptional()
  @IsString()
  SMS_GATEWAY_TOKEN?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300_000)
  SMS_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(300_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Refuse plain-http webhook URLs when registering channels; unset: on in production only. */
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  WEBHOOK_REQUIRE_HTTPS?: boolean;

  /**
   * Loopback and private addresses (or ranges) a webhook may target in production, e.g. an agency's
   * receiver on a private link: `10.20.0.0/16,192.168.4.20`. Link-local and metadata addresses are
   * refused whatever this says; in development every loopback and private address is allowed.
   */
  @IsOptional()
  @Matches(/^[0-9A-Fa-f:.]+(\/\d{1,3})?(,[0-9A-Fa-f:.]+(\/\d{1,3})?)*$/, { message: 'WEBHOOK_ALLOWED_TARGETS must be IP addresses or CIDR ranges, comma-separated' })
  WEBHOOK_ALLOWED_TARGETS?: string;

  /** First retry delay; each next one doubles, with jitter, up to the cap. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_BASE_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_CAP_MS = HOUR_MS;

  /** How long after its first attempt a delivery keeps being retried before it is `failed`. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_WINDOW_MS = 24 * HOUR_MS;

  /** Run the in-process dispatcher (off for an instance that should only consume and serve HTTP). */
  @Type(() => Boolean)
  @IsBoolean()
  DISPATCH_ENABLED = true;

  /** Deliveries sent at the same time by this instance. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  DISPATCH_CONCURRENCY = 4;

  /** Fallback polling when no LISTEN/NOTIFY wake-up arrives. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  DISPATCH_POLL_MS = 1000;

  /** A claimed delivery whose sender vanished (crash) is taken again after this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  DISPATCH_LEASE_MS = 120_000;

  /**
   * Keys that encrypt channel contacts and webhook secrets at rest: `<id>:<base64 32 bytes>[,…]`,
   * the first is used for new records. Unset in development: a key generated under .relais/keys;
   * a real installation must bring its own (checked with the other settings, in one message).
   */
  @ValidateIf((c: NotificationsConfig) => c.NODE_ENV === 'production' || c.CHANNELS_ENCRYPTION_KEYS !== undefined)
  @IsNotEmpty({ message: 'CHANNELS_ENCRYPTION_KEYS must be set when NODE_ENV=production' })
  @Matches(/^[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9._-]{1,40}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'CHANNELS_ENCRYPTION_KEYS must be "<id>:<base64 of 32 bytes>[,…]"',
  })
  CHANNELS_ENCRYPTION_KEYS?: string;

  get webhookRequiresHttps(): boolean {
    return this.WEBHOOK_REQUIRE_HTTPS ?? this.NODE_ENV === 'production';
  }

  get retryPolicy(): { baseMs: number; capMs: number; windowMs: number } {
    return { baseMs: this.DELIVERY_RETRY_BASE_MS, capMs: this.DELIVERY_RETRY_CAP_MS, windowMs: this.DELIVERY_RETRY_WINDOW_MS };
  }
}

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const config = loadConfig('notifications', NotificationsConfig, {}, env);
  try {
    allowListOf((config.WEBHOOK_ALLOWED_TARGETS ?? '').split(',').filter(Boolean));
  } catch (error) {
    throw new ConfigurationError('notifications', [`WEBHOOK_ALLOWED_TARGETS: ${(error as Error).message}`]);
  }
  return config;
}
