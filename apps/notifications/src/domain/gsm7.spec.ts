import alphabet from '../../data/gsm7-alphabet.json';
import { concatenationReference, isGsm7, septetCount, splitSms, toGsm7 } from './gsm7';

describe('GSM 7-bit alphabet', () => {
  it('holds the 127 printable characters of the default table and the 10 of its extension', () => {
    expect([...alphabet.basic]).toHaveLength(127);
    expect([...alphabet.extension]).toHaveLength(10);
  });

  it('keeps the French accents GSM-7 has and transliterates the rest', () => {
    expect(toGsm7('région de Ségou, à Kayes, où, É, Ç')).toBe('région de Ségou, à Kayes, où, É, Ç');
    expect(toGsm7('« protection de l’enfance » – âge, fenêtre, île, hôtel, sûr, Noël, Dioïla, garçon, œuvre…')).toBe(
      '" protection de l\'enfance " - age, fenetre, ile, hotel, sur, Noel, Dioila, garcon, oeuvre...',
    );
    expect(toGsm7('14\u202fh\u00a030')).toBe('14 h 30');
  });

  it('replaces what it cannot transliterate by "?", so the result is always GSM-7', () => {
    const result = toGsm7('Bamako 😀 مالي ✓');
    expect(result).toBe('Bamako ? ???? ?');
    expect([...result].every(isGsm7)).toBe(true);
  });

  it('counts extension characters as two septets', () => {
    expect(septetCount('abc')).toBe(3);
    expect(septetCount('€10 [x]')).toBe(10);
  });
});

describe('splitSms', () => {
  it('sends up to 160 septets as one SMS', () => {
    expect(splitSms('a'.repeat(160))).toEqual(['a'.repeat(160)]);
    expect(splitSms('€'.repeat(80))).toHaveLength(1);
  });

  it('splits a longer text in parts of 153 septets that join back to the text', () => {
    const text = 'x'.repeat(161);
    expect(splitSms(text)).toEqual(['x'.repeat(153), 'x'.repeat(8)]);
    const long = 'Orientation R-7K2M9QXA : fille, 9-17 ans, région de Ségou. '.repeat(6);
    const parts = splitSms(long);
    expect(parts.join('')).toBe(long);
    expect(parts.every((p) => septetCount(p) <= 153)).toBe(true);
    expect(parts).toHaveLength(Math.ceil(long.length / 153));
  });

  it('never cuts an escape sequence in two', () => {
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(10);
    const parts = splitSms(text);
    expect(parts[0]).toBe('a'.repeat(152));
    expect(parts[1].startsWith('€')).toBe(true);
    expect(parts.join('')).toBe(text);
  });
});

describe('concatenationReference', () => {
  it('is one octet, the same for the same delivery', () => {
    const id = '0195f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e';
    expect(concatenationReference(id)).toBe(concatenationReference(id));
    expect(concatenationReference(id)).toBeGreaterThanOrEqual(0);
    expect(concatenationReference(id)).toBeLessThan(256);
  });
});
