import alphabet from '../../data/gsm7-alphabet.json';
import transliteration from '../../data/sms-transliteration.json';

const BASIC = new Set(alphabet.basic);
const EXTENSION = new Set(alphabet.extension);
const REPLACEMENTS: Record<string, string> = transliteration.map;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export const SINGLE_SMS_SEPTETS = alphabet.singleMessageSeptets;
export const PART_SEPTETS = alphabet.concatenatedPartSeptets;

export function isGsm7(char: string): boolean {
  return BASIC.has(char) || EXTENSION.has(char);
}

/**
 * Rewrites a text into the GSM 7-bit default alphabet. Decided: transliterate rather than send
 * UCS-2, because UCS-2 cuts an SMS to 70 characters and the French accents that matter (é, è, à,
 * ù, É, Ç) are in GSM-7 anyway; « » ’ – … and â ê î ô û ë ï ç œ become " ' - ... a e i o u e i c oe.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) {
    if (isGsm7(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else out += withoutDiacritics(char);
  }
  return out;
}

function withoutDiacritics(char: string): string {
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length > 0 && [...base].every(isGsm7) ? base : '?';
}

/** Septets a GSM-7 text takes: extension-table characters cost two (escape + code). */
export function septetCount(gsmText: string): number {
  let count = 0;
  for (const char of gsmText) count += EXTENSION.has(char) ? 2 : 1;
  return count;
}

/**
 * One SMS when the text fits 160 septets; otherwise parts of at most 153 septets each (the rest
 * of a part carries the concatenation header), never separating an escape from its character.
 */
export function splitSms(gsmText: string): string[] {
  if (septetCount(gsmText) <= SINGLE_SMS_SEPTETS) return [gsmText];
  const parts: string[] = [];
  let part = '';
  let used = 0;
  for (const char of gsmText) {
    const cost = EXTENSION.has(char) ? 2 : 1;
    if (used + cost > PART_SEPTETS) {
      parts.push(part);
      part = '';
      used = 0;
    }
    part += char;
    used += cost;
  }
  if (part) parts.push(part);
  return parts;
}

/** The 8-bit reference shared by the parts of one concatenated SMS, stable for a delivery. */
export function concatenationReference(deliveryId: string): number {
  let hash = 0;
  for (const char of deliveryId) hash = (hash * 31 + char.charCodeAt(0)) & 0xff;
  return hash;
}
