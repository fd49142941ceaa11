import { createHmac } from 'node:crypto';

/**
 * A keyed hash of normalised identifying attributes, so the same person identified twice can be
 * recognised without decrypting anyone's record. Keyed, so a list of names cannot be hashed and
 * matched by someone who only has the database.
 */
export class BlindIndex {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the blind index key must be at least 32 bytes');
  }

  compute(...parts: string[]): string {
    return createHmac('sha256', this.key).update(parts.map(normalise).join('\u001f')).digest('hex');
  }
}

/**
 * Letters from other scripts that look like Latin ones (Unicode's confusables, the part a keyboard
 * or a copied name actually produces): "Аminata" typed with a Cyrillic А is the same person.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ı: 'i', ɡ: 'g', ɑ: 'a', ɩ: 'i', ʏ: 'y',
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

/**
 * Case, accents, punctuation and spacing vary between stations; the person does not. Invisible
 * characters (zero-width spaces and joiners, soft hyphens, the byte-order mark) are dropped before
 * anything else, so they cannot split a name into two words; NFKD folds compatibility forms
 * (full-width letters, ligatures) as NFKC would, and leaves accents apart to strip.
 */
export function normalise(value: string): string {
  return value
    .replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu, '')
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(CONFUSABLE, (letter) => CONFUSABLES[letter])
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}
