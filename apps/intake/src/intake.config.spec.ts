import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@relais/platform';
import { loadIntakeConfig } from './intake.config';

const key = () => randomBytes(32).toString('base64');

describe('IntakeConfig', () => {
  it('needs nothing for a local run', () => {
    const config = loadIntakeConfig({});
    expect(config.PORT).toBe(3001);
    expect(config.VAULT_MASTER_KEYS).toBeUndefined();
  });

  it('accepts several master keys and a blind-index key', () => {
    const config = loadIntakeConfig({ VAULT_MASTER_KEYS: `k1:${key()},k2:${key()}`, VAULT_ACTIVE_KEY_ID: 'k2', VAULT_BLIND_INDEX_KEY: key() });
    expect(config.vaultEnv()).toMatchObject({ VAULT_ACTIVE_KEY_ID: 'k2' });
  });

  it('refuses production without vault keys, and malformed keys, without echoing them', () => {
    expect(() => loadIntakeConfig({ NODE_ENV: 'production' })).toThrow(ConfigurationError);
    let error: ConfigurationError | undefined;
    try {
      loadIntakeConfig({ VAULT_MASTER_KEYS: 'k1:c2hvcnQ=', VAULT_BLIND_INDEX_KEY: 'c2hvcnQ=' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['VAULT_BLIND_INDEX_KEY', 'VAULT_MASTER_KEYS']);
    expect(error?.message).not.toContain('c2hvcnQ=');
  });

  it('requires one key per purpose in production and lists every missing one in one message', () => {
    let error: ConfigurationError | undefined;
    try {
      loadIntakeConfig({ NODE_ENV: 'production' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['IDEMPOTENCY_FINGERPRINT_KEY', 'VAULT_BLIND_INDEX_KEY', 'VAULT_MASTER_KEYS']);
    const config = loadIntakeConfig({ NODE_ENV: 'production', VAULT_MASTER_KEYS: `k1:${key()}`, VAULT_BLIND_INDEX_KEY: key(), IDEMPOTENCY_FINGERPRINT_KEY: key() });
    expect(config.vaultEnv().IDEMPOTENCY_FINGERPRINT_KEY).not.toBe(config.vaultEnv().VAULT_BLIND_INDEX_KEY);
  });
});
