import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './index';
import { missingKeys } from './merge';

// The real catalogues of the whole app (shell and every area): every text in French and English.
describe('the app’s catalogues', () => {
  it('have the same keys in French and English', async () => {
    const [fr, en] = await Promise.all([loadCatalogue('fr'), loadCatalogue('en')]);
    expect(missingKeys(fr, en)).toEqual([]);
    expect(missingKeys(en, fr)).toEqual([]);
  });

  it('name every role', async () => {
    expect(Object.keys((await loadCatalogue('fr')).roles as object)).toHaveLength(9);
  });
});
