import { createPrivateKey, createPublicKey, generateKeyPair, KeyObject, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { findRepoRoot } from './repo-root';

/** An RS256 key pair and its key id (the RFC 7638 thumbprint of the public key). */
export interface SigningKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  kid: string;
}

const KEY_FILE = 'signing-key.pem';
const generateRsaKeyPair = promisify(generateKeyPair);

/** `dir` when given, else AUTH_KEYS_DIR, else `<repo>/.relais/keys` (which git ignores). */
export function localKeysDir(dir: string | undefined = process.env.AUTH_KEYS_DIR): string {
  if (dir) return resolve(dir);
  const root = findRepoRoot(__dirname);
  if (!root) throw new Error(`No nx.json above ${__dirname}: set AUTH_KEYS_DIR to where the development signing key lives`);
  return join(root, '.relais', 'keys');
}

const loaded = new Map<string, Promise<SigningKeyPair>>();

/** The development key pair of `dir`, generated on first use; loaded once per process. */
export function localSigningKey(dir?: string): Promise<SigningKeyPair> {
  const path = localKeysDir(dir);
  let pending = loaded.get(path);
  if (!pending) {
    pending = loadOrCreateKeyPair(path);
    loaded.set(path, pending);
    // A failure (unwritable directory, say) must not stick: the next caller tries again.
    pending.catch(() => loaded.delete(path));
  }
  return pending;
}

/**
 * Reads `<dir>/signing-key.pem`, or creates it. Several processes (the services and the token
 * command) may start at once on a fresh checkout: each writes its candidate to a private temp
 * file and hard-links it into place. link() never replaces an existing file and never exposes a
 * half-written one, so exactly one candidate wins and every process ends up with the winner's key.
 */
export async function loadOrCreateKeyPair(dir: string): Promise<SigningKeyPair> {
  const file = join(dir, KEY_FILE);
  const existing = await readIfPresent(file);
  if (existing !== undefined) return signingKeyFromPem(existing);

  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const { privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const candidate = join(dir, `.${KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  await fs.writeFile(candidate, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    await fs.link(candidate, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await fs.unlink(candidate).catch(() => undefined);
  }
  return signingKeyFromPem(await fs.readFile(file, 'utf8'));
}

export function signingKeyFromPem(pem: string): Promise<SigningKeyPair> {
  return signingKeyFromPrivateKey(createPrivateKey(pem));
}

export async function signingKeyFromPrivateKey(privateKey: KeyObject): Promise<SigningKeyPair> {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('The signing key must be an RSA key (RS256)');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, kid: await keyId(publicKey) };
}

export async function keyId(publicKey: KeyObject): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey), 'sha256');
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
