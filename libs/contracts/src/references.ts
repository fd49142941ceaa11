import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so references read aloud over a phone line are unambiguous.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCrockford(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD[bytes[i] & 31];
  return out;
}

/** The pseudonymous reference to a person: random, carries nothing about them. */
export const VICTIM_REF_PATTERN = /^V-[0-9A-HJKMNP-TV-Z]{10}$/;
export function newVictimRef(): string {
  return `V-${randomCrockford(10)}`;
}

/** Human-readable references for referrals (`R-…`) and cases (`C-…`), quoted in notifications. */
export const REFERENCE_PATTERN = /^[RC]-[0-9A-HJKMNP-TV-Z]{8}$/;
export function newReference(prefix: 'R' | 'C'): string {
  return `${prefix}-${randomCrockford(8)}`;
}
