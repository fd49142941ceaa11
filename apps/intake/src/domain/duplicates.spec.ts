import { randomBytes } from 'node:crypto';
import { BlindIndex } from '@relais/vault';
import { duplicateKeys } from './duplicates';

describe('duplicateKeys', () => {
  const index = new BlindIndex(randomBytes(32));
  const shared = (a: string[], b: string[]) => a.some((k) => b.includes(k));

  it('finds the same person written differently by another station', () => {
    const first = duplicateKeys(index, { givenNames: 'Aminata', familyName: 'Traoré', sex: 'female', dateOfBirth: '2010-03-14', age: 16 });
    const again = duplicateKeys(index, { givenNames: 'TRAORE', familyName: 'aminata', sex: 'female', dateOfBirth: '2010-01-01', age: 16 });
    expect(shared(first, again)).toBe(true);
  });

  it('meets a birth date and an estimate of the same age band', () => {
    const withDate = duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', dateOfBirth: '2013-05-02', age: 13 });
    const withEstimate = duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', age: 12 });
    expect(shared(withDate, withEstimate)).toBe(true);
  });

  it('keeps apart another sex, another age band or another name', () => {
    const base = duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', age: 12 });
    expect(shared(base, duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'female', age: 12 }))).toBe(false);
    expect(shared(base, duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', age: 35 }))).toBe(false);
    expect(shared(base, duplicateKeys(index, { givenNames: 'Moussa', familyName: 'Keita', sex: 'male', age: 12 }))).toBe(false);
  });

  it('carries no readable trace of the name', () => {
    for (const key of duplicateKeys(index, { givenNames: 'Aminata', familyName: 'Traoré', sex: 'female', age: 16 })) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
