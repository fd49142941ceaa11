import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuid';

// Intake's pattern for ids (libs/contracts UUID_PATTERN): versions 1 to 8, RFC 4122 variant.
const INTAKE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

describe('uuidv7', () => {
  it('is a version 7 UUID that intake accepts as an id', () => {
    const id = uuidv7();
    expect(id).toMatch(INTAKE_UUID);
    expect(id[14]).toBe('7');
  });

  it('starts with the time, so ids sort by creation', () => {
    const earlier = uuidv7(1_800_000_000_000);
    const later = uuidv7(1_800_000_000_001);
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe('01a3185c-5000');
  });

  it('differs between two ids of the same millisecond', () => {
    expect(uuidv7(5)).not.toBe(uuidv7(5));
  });
});
