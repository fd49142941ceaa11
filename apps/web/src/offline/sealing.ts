/**
 * Everything a user keeps on the device is sealed with AES-GCM under a key that only exists in
 * that user's database. The key is generated non-extractable: scripts can use it while the user's
 * database exists, but cannot read it out, and deleting the database (sign-out) destroys it.
 */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function newUserKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

/** `binding` (the record's id) is authenticated with the data, so a sealed value cannot be moved to another record. */
export async function seal(key: CryptoKey, value: unknown, binding: string): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(binding) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

export async function unseal<T>(key: CryptoKey, sealed: Sealed, binding: string): Promise<T> {
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(binding) },
    key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/** The database name for a user: a hash, so the list of databases does not show who used the phone. */
export async function userDatabaseName(sub: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(`relais-user:${sub}`));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `relais-${hex.slice(0, 32)}`;
}
