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

/** Case, accents, punctuation and spacing vary between stations; the person does not. */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}
