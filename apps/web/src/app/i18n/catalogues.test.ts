import { describe, expect, it } from 'vitest';
import { resources } from './index';
import { missingKeys } from './merge';

// The real catalogues of the whole app (shell and every area): every text in French and English.
describe('the app’s catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(missingKeys(resources.fr, resources.en)).toEqual([]);
    expect(missingKeys(resources.en, resources.fr)).toEqual([]);
  });

  it('name every role in both languages', () => {
    expect(Object.keys(resources.fr.roles as object)).toHaveLength(9);
  });
});
