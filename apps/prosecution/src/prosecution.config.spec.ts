import { existsSync } from 'node:fs';
import { ConfigurationError } from '@relais/platform';
import { loadProsecutionConfig } from './prosecution.config';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

describe('prosecution configuration', () => {
  it('runs locally with no environment at all, on port 3003 with the shipped data files', () => {
    const config = loadProsecutionConfig({});
    expect(config.PORT).toBe(3003);
    expect(existsSync(config.PROSECUTOR_OFFICES_FILE)).toBe(true);
    expect(existsSync(config.STATUTORY_PENALTIES_FILE)).toBe(true);
    expect(config.VAULT_MASTER_KEYS).toBeUndefined();
  });

  it('requires its master keys and fingerprint key in production, and says so without echoing them', () => {
    let error: ConfigurationError | undefined;
    try {
      loadProsecutionConfig({ NODE_ENV: 'production' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['IDEMPOTENCY_FINGERPRINT_KEY', 'VAULT_MASTER_KEYS']);
  });

  it('accepts well-formed keys and refuses malformed ones without showing them', () => {
    const config = loadProsecutionConfig({ NODE_ENV: 'production', VAULT_MASTER_KEYS: `k1:${key(1)},k2:${key(2)}`, IDEMPOTENCY_FINGERPRINT_KEY: key(3) });
    expect(config.vaultEnvironment).toMatchObject({ NODE_ENV: 'production', VAULT_MASTER_KEYS: `k1:${key(1)},k2:${key(2)}` });
    let message = '';
    try {
      loadProsecutionConfig({ VAULT_MASTER_KEYS: 'k1:short-secret' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('VAULT_MASTER_KEYS');
    expect(message).not.toContain('short-secret');
  });

  it('refuses intake’s duplicate-detection key in production: prosecution detects no duplicates', () => {
    const production = { NODE_ENV: 'production', VAULT_MASTER_KEYS: `k1:${key(1)}`, IDEMPOTENCY_FINGERPRINT_KEY: key(3) };
    expect(() => loadProsecutionConfig({ ...production, VAULT_BLIND_INDEX_KEY: key(4) })).toThrow(/VAULT_BLIND_INDEX_KEY must not be given to prosecution/);
    expect(loadProsecutionConfig({ VAULT_BLIND_INDEX_KEY: key(4) }).vaultEnvironment).not.toHaveProperty('VAULT_BLIND_INDEX_KEY');
  });
});
