import { RequestFingerprint } from '@relais/vault';
import { identityFingerprint } from './defendant-views';

describe('identityFingerprint', () => {
  const index = new RequestFingerprint(Buffer.alloc(32, 9));

  it('is keyed, per field, and tells apart a name moved to another field', () => {
    const a = identityFingerprint({ familyName: 'Traoré', givenNames: 'Moussa' }, index);
    const swapped = identityFingerprint({ familyName: 'Moussa', givenNames: 'Traoré' }, index);
    expect(a).toHaveLength(2);
    expect(a).not.toEqual(swapped);
    expect(JSON.stringify(a)).not.toMatch(/Traor|Moussa/);
    expect(identityFingerprint({ familyName: 'Traoré', givenNames: 'Moussa' }, new RequestFingerprint(Buffer.alloc(32, 1)))).not.toEqual(a);
  });

  it('covers nested documents and is stable whatever the key order', () => {
    const one = identityFingerprint({ identityDocuments: [{ kind: 'passport', number: 'B1' }], aliases: ['X'] }, index);
    const two = identityFingerprint({ aliases: ['X'], identityDocuments: [{ number: 'B1', kind: 'passport' }] }, index);
    expect(one).toEqual(two);
    expect(one).toHaveLength(3);
  });
});
