import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Development only: a random secret generated on first use under `<repo>/.relais/keys` (ignored
 * by git), so `npm start` works without configuration. Written to a temp file and hard-linked into
 * place, so processes starting together all end up with the same secret.
 */
export function localSecret(name: string, bytes = 32, dir = process.env.VAULT_KEYS_DIR ?? defaultDir()): Buffer {
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(candidate, randomBytes(bytes).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
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

function defaultDir(): string {
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No nx.json found: set VAULT_KEYS_DIR for the development vault keys');
    dir = parent;
  }
  return join(dir, '.relais', 'keys');
}
