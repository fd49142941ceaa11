import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateKeyPair, localKeysDir, localSigningKey } from './local-keys';
import { findRepoRoot } from './repo-root';

describe('local development keys', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relais-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('live in <repo>/.relais/keys unless AUTH_KEYS_DIR or a directory says otherwise', () => {
    const root = findRepoRoot(__dirname);
    expect(root).toBeDefined();
    expect(statSync(join(root as string, 'nx.json')).isFile()).toBe(true);
    const saved = process.env.AUTH_KEYS_DIR;
    try {
      delete process.env.AUTH_KEYS_DIR;
      expect(localKeysDir()).toBe(join(root as string, '.relais', 'keys'));
      process.env.AUTH_KEYS_DIR = dir;
      expect(localKeysDir()).toBe(dir);
    } finally {
      if (saved === undefined) delete process.env.AUTH_KEYS_DIR;
      else process.env.AUTH_KEYS_DIR = saved;
    }
    expect(localKeysDir(join(dir, 'x'))).toBe(join(dir, 'x'));
  });

  it('are generated once even when many starters race on a fresh directory', async () => {
    const keysDir = join(dir, 'nested', 'keys');
    // Each call skips the per-process cache and goes to the file system, as separate processes would.
    const racers = await Promise.all(Array.from({ length: 6 }, () => loadOrCreateKeyPair(keysDir)));

    expect(new Set(racers.map((k) => k.kid)).size).toBe(1);
    expect(readdirSync(keysDir)).toEqual(['signing-key.pem']);
    expect(statSync(join(keysDir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(racers[0].privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    // The kid is the RFC 7638 thumbprint: 32 bytes of SHA-256, base64url.
    expect(racers[0].kid).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const later = await localSigningKey(keysDir);
    expect(later.kid).toBe(racers[0].kid);
  });
});
