import { ConfigurationError } from '@relais/platform';
import { loadReferralConfig } from './referral.config';

describe('referral configuration', () => {
  it('runs locally with no settings at all', () => {
    const config = loadReferralConfig({});
    expect(config).toMatchObject({ PORT: 3002, DEADLINE_CHECK_INTERVAL_MS: 30_000, DEADLINE_BATCH_SIZE: 500, DEADLINE_SCHEDULER_ENABLED: true });
    expect(config.loadDemoDirectory).toBe(true);
  });

  it('loads the demo directory outside production only, unless told otherwise', () => {
    const production = { NODE_ENV: 'production', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'from-the-vault', IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 5).toString('base64') };
    expect(loadReferralConfig(production).loadDemoDirectory).toBe(false);
    expect(loadReferralConfig({ ...production, LOAD_DEMO_DIRECTORY: 'true' }).loadDemoDirectory).toBe(true);
    expect(loadReferralConfig({ LOAD_DEMO_DIRECTORY: 'false' }).loadDemoDirectory).toBe(false);
  });

  it('refuses nonsense with every problem named', () => {
    const attempt = () => loadReferralConfig({ LOAD_DEMO_DIRECTORY: 'yes', DEADLINE_CHECK_INTERVAL_MS: '5', DEADLINE_SCHEDULER_ENABLED: 'maybe' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/LOAD_DEMO_DIRECTORY[\s\S]*DEADLINE_CHECK_INTERVAL_MS[\s\S]*DEADLINE_SCHEDULER_ENABLED/);
  });

  it('talks to the local Keycloak with the development realm\'s accounts client unless told otherwise', () => {
    expect(loadReferralConfig({})).toMatchObject({
      KEYCLOAK_URL: 'http://127.0.0.1:8080', KEYCLOAK_REALM: 'relais', KEYCLOAK_ACCOUNTS_CLIENT_ID: 'relais-accounts', KEYCLOAK_TIMEOUT_MS: 5000,
      keycloakAccountsClientSecret: 'relais-accounts-dev-secret',
    });
    const elsewhere = loadReferralConfig({ KEYCLOAK_URL: 'https://auth.example.ml', KEYCLOAK_REALM: 'relais-staging', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 's3cret' });
    expect(elsewhere).toMatchObject({ KEYCLOAK_URL: 'https://auth.example.ml', KEYCLOAK_REALM: 'relais-staging', keycloakAccountsClientSecret: 's3cret' });
  });

  it('needs a real accounts client secret in production, and never echoes it', () => {
    expect(() => loadReferralConfig({ NODE_ENV: 'production' })).toThrow(/KEYCLOAK_ACCOUNTS_CLIENT_SECRET must be set/);
    const published = () => loadReferralConfig({ NODE_ENV: 'production', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'relais-accounts-dev-secret', IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 5).toString('base64') });
    expect(published).toThrow(/must not be the development secret/);
    expect(published).not.toThrow(/relais-accounts-dev-secret/);
    expect(loadReferralConfig({ NODE_ENV: 'production', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'from-the-vault', IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 5).toString('base64') }).keycloakAccountsClientSecret).toBe('from-the-vault');
  });

  it('refuses a Keycloak URL that is not one', () => {
    expect(() => loadReferralConfig({ KEYCLOAK_URL: '127.0.0.1:8080', KEYCLOAK_REALM: 'a/b' })).toThrow(/KEYCLOAK_URL[\s\S]*KEYCLOAK_REALM/);
  });

  it('refuses vault keys in production, all in one message, and ignores them elsewhere', () => {
    const vault = { VAULT_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`, VAULT_ACTIVE_KEY_ID: 'k1', VAULT_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };
    let error: ConfigurationError | undefined;
    try {
      loadReferralConfig({ NODE_ENV: 'production', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'from-the-vault', IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 5).toString('base64'), ...vault });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['VAULT_ACTIVE_KEY_ID', 'VAULT_BLIND_INDEX_KEY', 'VAULT_MASTER_KEYS']);
    expect(error?.message).toMatch(/must not be given to referral \(only intake and prosecution hold vault keys/);
    expect(error?.message).not.toContain(Buffer.alloc(32, 1).toString('base64'));
    expect(() => loadReferralConfig({ ...vault })).not.toThrow();
  });

  it('keys idempotency fingerprints with a key of their own, required in production', () => {
    expect(() => loadReferralConfig({ NODE_ENV: 'production', KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'from-the-vault' })).toThrow(/IDEMPOTENCY_FINGERPRINT_KEY must be set/);
    const config = loadReferralConfig({ KEYCLOAK_ACCOUNTS_CLIENT_SECRET: 'from-the-vault', IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 5).toString('base64') });
    expect(config.idempotencyFingerprintKey).toEqual(Buffer.alloc(32, 5));
    expect(() => loadReferralConfig({ IDEMPOTENCY_FINGERPRINT_KEY: 'c2hvcnQ=' })).toThrow(/IDEMPOTENCY_FINGERPRINT_KEY must be base64 of at least 32 bytes/);
  });
});
