import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Development only: a random secret generated on first use under `<repo>/.relais/keys` (ignored
 * by git), so `npm start` works without configuration. Written to a temp file and hard-linked into
 * place, so processes starting together all end up with the same secret. `seed`, when given, is
 * what a missing file starts with instead of random bytes (a key that data is already sealed under).
 */
export function localSecret(name: string, bytes = 32, dir = localKeysDir(), seed?: () => Buffer | undefined): Buffer {
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(candidate, (seed?.() ?? randomBytes(bytes)).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    try {
      linkSync(candidate, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(candidate);
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/** An already generated development secret, or undefined: never creates one. */
export function existingLocalSecret(name: string, dir = localKeysDir()): Buffer | undefined {
  const file = join(dir, name);
  return existsSync(file) ? Buffer.from(readFileSync(file, 'utf8').trim(), 'base64') : undefined;
}

/** `VAULT_KEYS_DIR`, else `<repo>/.relais/keys`. */
export function localKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.VAULT_KEYS_DIR ?? defaultDir();
}

function defaultDir(): string {
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No nx.json found: set VAULT_KEYS_DIR for the development vault keys');
    dir = parent;
  }
  return join(dir, '.relais', 'keys');
}
