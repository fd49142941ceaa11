import { describe, expect, it } from 'vitest';
import { defendantBody, hasIdentity } from './defendant-body';

const empty = { givenNames: '', familyName: '', aliases: '', sex: 'male' as const, custody: 'atLarge' as const, nationality: '' };

describe('a defendant from the form', () => {
  it('sends only what was filled, aliases one by one', () => {
    expect(defendantBody({ ...empty, aliases: ' Le Grand,  X ', nationality: 'ml' })).toEqual({ sex: 'male', custody: 'atLarge', nationality: 'ML', identity: { aliases: ['Le Grand', 'X'] } });
  });
  it('needs a name or an alias, as the service does', () => {
    expect(hasIdentity(empty)).toBe(false);
    expect(hasIdentity({ ...empty, familyName: 'Essai' })).toBe(true);
  });
});
