import { randomBytes } from 'node:crypto';
import { BlindIndex, normalise } from './blind-index';
import { open, seal } from './envelope';
import { MasterKeyring } from './keyring';

describe('envelope', () => {
  const key = randomBytes(32);

  it('round-trips and never leaves the plaintext in the ciphertext', () => {
    const sealed = seal(key, Buffer.from('Aminata Traoré'), 'V-1');
    expect(sealed.toString('utf8')).not.toContain('Aminata');
    expect(open(key, sealed, 'V-1').toString()).toBe('Aminata Traoré');
  });

  it('refuses a ciphertext moved to another person, altered, or opened with another key', () => {
    const sealed = seal(key, Buffer.from('x'), 'V-1');
    expect(() => open(key, sealed, 'V-2')).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => open(key, altered, 'V-1')).toThrow();
    expect(() => open(randomBytes(32), sealed, 'V-1')).toThrow();
  });
});

describe('keyring', () => {
  it('parses several keys and picks the active one', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    const ring = MasterKeyring.parse(`k1:${a},k2:${b}`, 'k2');
    expect(ring.active.id).toBe('k2');
    expect(ring.get('k1')).toEqual(Buffer.from(a, 'base64'));
  });

  it('rejects short keys and an unknown active id', () => {
    expect(() => MasterKeyring.parse(`k1:${randomBytes(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => MasterKeyring.parse(`k1:${randomBytes(32).toString('base64')}`, 'k9')).toThrow(/not among/);
  });
});

describe('blind index', () => {
  it('matches the same person written differently, and only with the same key', () => {
    const index = new BlindIndex(randomBytes(32));
    expect(index.compute('Aminata  TRAORÉ', '2009')).toBe(index.compute('traore aminata', '2009'));
    expect(index.compute('Aminata Traoré', '2009')).not.toBe(index.compute('Aminata Traoré', '2010'));
    expect(new BlindIndex(randomBytes(32)).compute('Aminata Traoré', '2009')).not.toBe(index.compute('Aminata Traoré', '2009'));
  });

  it('drops invisible characters and folds compatibility forms and look-alike letters', () => {
    const plain = normalise('Aminata Traoré');
    expect(normalise('Ami\u200bnata Tra\u200doré')).toBe(plain);
    expect(normalise('\ufeffAmi\u00adnata\u2060 Traoré')).toBe(plain);
    expect(normalise('Ａｍｉｎａｔａ Traoré')).toBe(plain);
    expect(normalise('\u0410minat\u0430 Tr\u0430or\u0435')).toBe(plain);
    expect(normalise('Aminatα Trαοré')).toBe(plain);
    expect(normalise('Aminata Traore')).not.toBe(normalise('Aminata Diarra'));
  });

  it('normalises case, accents, punctuation and word order', () => {
    expect(normalise("  Fatoumata-Binta  DIALLO' ")).toBe('binta diallo fatoumata');
  });
});
