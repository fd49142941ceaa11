import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlindIndex } from './blind-index';
import { open, seal } from './envelope';
import { duplicateIndexFromEnv, masterKeyringFromEnv, RequestFingerprint, requestFingerprintFromEnv, vaultKeysFromEnv } from './vault-config';

const key = () => randomBytes(32).toString('base64');

describe('vault keys per service and per purpose', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relais-vault-keys-'));
    env = { VAULT_KEYS_DIR: dir };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives intake and prosecution each their own development master key: neither opens what the other wrapped', () => {
    const intake = masterKeyringFromEnv('intake', env).active;
    const prosecution = masterKeyringFromEnv('prosecution', env).active;
    expect(prosecution.id).not.toBe(intake.id);
    expect(prosecution.key.equals(intake.key)).toBe(false);
    const wrapped = seal(intake.key, randomBytes(32), 'relais-data-key:V-1');
    expect(() => open(prosecution.key, wrapped, 'relais-data-key:V-1')).toThrow();
  });

  it('derives a distinct development key for each purpose, and the same one on every start', () => {
    const parts = ['Aminata Traoré', '2009'];
    const duplicate = duplicateIndexFromEnv(env).compute(...parts);
    const intakeFingerprint = requestFingerprintFromEnv('intake', env).compute(...parts);
    const prosecutionFingerprint = requestFingerprintFromEnv('prosecution', env).compute(...parts);
    expect(new Set([duplicate, intakeFingerprint, prosecutionFingerprint]).size).toBe(3);
    expect(duplicateIndexFromEnv(env).compute(...parts)).toBe(duplicate);
    expect(requestFingerprintFromEnv('intake', env).compute(...parts)).toBe(intakeFingerprint);
    const master = masterKeyringFromEnv('intake', env).active.key;
    expect(new BlindIndex(master).compute(...parts)).not.toBe(duplicate);
    expect(readdirSync(dir).sort()).toEqual([
      'intake-idempotency-fingerprint.key',
      'prosecution-idempotency-fingerprint.key',
      'vault-blind-index.key',
      'vault-master-local-1.key',
    ]);
  });

  it('computes a blind index under the duplicate-detection key that differs from one under the fingerprint key', () => {
    const configured = { VAULT_MASTER_KEYS: `k1:${key()}`, VAULT_BLIND_INDEX_KEY: key(), IDEMPOTENCY_FINGERPRINT_KEY: key() };
    const duplicate = duplicateIndexFromEnv(configured);
    const { fingerprint } = vaultKeysFromEnv('intake', configured);
    expect(fingerprint).toBeInstanceOf(RequestFingerprint);
    expect(duplicate.compute('Moussa Keita', '1990')).not.toBe(fingerprint.compute('Moussa Keita', '1990'));
    expect(duplicate.compute('Moussa Keita', '1990')).toBe(new BlindIndex(Buffer.from(configured.VAULT_BLIND_INDEX_KEY, 'base64')).compute('keita moussa', '1990'));
  });

  it('in production, refuses to build a key that is not configured instead of generating one', () => {
    const production = { ...env, NODE_ENV: 'production' };
    expect(() => masterKeyringFromEnv('prosecution', production)).toThrow(/VAULT_MASTER_KEYS must be set/);
    expect(() => duplicateIndexFromEnv(production)).toThrow(/VAULT_BLIND_INDEX_KEY must be set/);
    expect(() => requestFingerprintFromEnv('intake', production)).toThrow(/IDEMPOTENCY_FINGERPRINT_KEY must be set/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets prosecution still unwrap, not wrap, under the development key it used to share with intake', () => {
    writeFileSync(join(dir, 'vault-master-local-1.key'), randomBytes(32).toString('base64'));
    const shared = masterKeyringFromEnv('intake', env).active;
    const prosecution = masterKeyringFromEnv('prosecution', env);
    expect(prosecution.activeId).toBe('prosecution-local-1');
    expect(prosecution.get(shared.id).equals(shared.key)).toBe(true);
    expect(masterKeyringFromEnv('intake', env).ids).toEqual(['local-1']);
  });
});
