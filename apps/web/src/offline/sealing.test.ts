import { describe, expect, it } from 'vitest';
import { newUserKey, seal, unseal, userDatabaseName } from './sealing';

describe('sealing with the user key (WebCrypto AES-GCM)', () => {
  it('round-trips a value', async () => {
    const key = await newUserKey();
    const value = { person: { givenNames: 'Test', estimatedAge: 14 }, list: [1, 2] };
    expect(await unseal(key, await seal(key, value, 'outbox:a'), 'outbox:a')).toEqual(value);
  });

  it('does not leave the value readable in the sealed bytes', async () => {
    const key = await newUserKey();
    const sealed = await seal(key, { name: 'Recognisable-Marker' }, 'b');
    expect(new TextDecoder().decode(sealed.data)).not.toContain('Recognisable-Marker');
  });

  it('uses a fresh IV for every seal', async () => {
    const key = await newUserKey();
    const [a, b] = await Promise.all([seal(key, 1, 'x'), seal(key, 1, 'x')]);
    expect([...a.iv]).not.toEqual([...b.iv]);
  });

  it('makes a key that cannot be exported', async () => {
    const key = await newUserKey();
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('cannot be opened with another user’s key', async () => {
    const sealed = await seal(await newUserKey(), 'secret', 'x');
    await expect(unseal(await newUserKey(), sealed, 'x')).rejects.toThrow();
  });

  it('cannot be moved to another record', async () => {
    const key = await newUserKey();
    await expect(unseal(key, await seal(key, 'secret', 'outbox:a'), 'outbox:b')).rejects.toThrow();
  });

  it('names each user’s database by a hash that does not show the user', async () => {
    const a = await userDatabaseName('user-a');
    expect(a).toMatch(/^relais-[0-9a-f]{32}$/);
    expect(a).not.toContain('user-a');
    expect(await userDatabaseName('user-a')).toBe(a);
    expect(await userDatabaseName('user-b')).not.toBe(a);
  });
});
