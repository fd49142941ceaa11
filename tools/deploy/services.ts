import { ServiceName } from '@relais/contracts';

/**
 * Where services really differ in deployment; a service with no entry gets the defaults (no keys of
 * its own, 256Mi/512Mi of memory, nothing reached outside the platform). Everything else in
 * docker-compose.yml, deploy/k8s and deploy/postgres is written from SERVICES and SERVICE_PORTS by
 * `npm run deploy:generate` (generate.ts).
 */
export interface DeployDifferences {
  /** docker-compose environment after the settings every service has (comments included). */
  composeEnv?: readonly string[];
  /** Generates its development keys into a volume only it mounts (`<service>-keys` at /vault-keys). */
  ownKeysVolume?: boolean;
  /** Kubernetes memory request and limit. */
  memory?: { request: string; limit: string };
  /** Reaches SMTP relays, the SMS gateway and agencies' webhooks, outside the platform. */
  deliveries?: boolean;
}

export const DEFAULT_MEMORY = { request: '256Mi', limit: '512Mi' };

export const DEPLOY_DIFFERENCES: Partial<Record<ServiceName, DeployDifferences>> = {
  intake: {
    composeEnv: [
      "# Intake's own keyring and one key per purpose; development keys in its own volume when unset.",
      'VAULT_KEYS_DIR: /vault-keys',
      'VAULT_MASTER_KEYS: ${INTAKE_VAULT_MASTER_KEYS:-}',
      'VAULT_ACTIVE_KEY_ID: ${INTAKE_VAULT_ACTIVE_KEY_ID:-}',
      'VAULT_BLIND_INDEX_KEY: ${INTAKE_VAULT_BLIND_INDEX_KEY:-}',
      'IDEMPOTENCY_FINGERPRINT_KEY: ${INTAKE_IDEMPOTENCY_FINGERPRINT_KEY:-}',
    ],
    ownKeysVolume: true,
  },
  referral: {
    composeEnv: [
      '# The key of its idempotency fingerprints; a development key in its own volume when unset.',
      'VAULT_KEYS_DIR: /vault-keys',
      'IDEMPOTENCY_FINGERPRINT_KEY: ${REFERRAL_IDEMPOTENCY_FINGERPRINT_KEY:-}',
    ],
    ownKeysVolume: true,
  },
  prosecution: {
    composeEnv: [
      "# Prosecution's own keyring, not intake's; development keys in its own volume when unset.",
      'VAULT_KEYS_DIR: /vault-keys',
      'VAULT_MASTER_KEYS: ${PROSECUTION_VAULT_MASTER_KEYS:-}',
      'VAULT_ACTIVE_KEY_ID: ${PROSECUTION_VAULT_ACTIVE_KEY_ID:-}',
      'IDEMPOTENCY_FINGERPRINT_KEY: ${PROSECUTION_IDEMPOTENCY_FINGERPRINT_KEY:-}',
    ],
    ownKeysVolume: true,
  },
  notifications: {
    composeEnv: [
      '# The key of stored channel contacts; a development key in its own volume when unset.',
      'VAULT_KEYS_DIR: /vault-keys',
      'CHANNELS_ENCRYPTION_KEYS: ${NOTIFICATIONS_CHANNELS_ENCRYPTION_KEYS:-}',
      "# E-mails go to Mailpit (http://127.0.0.1:8025); point SMTP_URL at the ministry's relay.",
      'SMTP_URL: smtp://mailpit:1025',
      'SMTP_FROM: "Relais <no-reply@relais.invalid>"',
      'SMS_GATEWAY_URL: http://sms-gateway.invalid/sms',
    ],
    ownKeysVolume: true,
    deliveries: true,
  },
  statistics: {
    memory: { request: '384Mi', limit: '768Mi' },
  },
};
