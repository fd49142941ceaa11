import { describe, expect, it } from 'vitest';
import { buildResources, languageOf, mergeCatalogues, missingKeys } from './merge';

describe('catalogues', () => {
  it('merges each area’s catalogue into its language', () => {
    const resources = buildResources({
      './fr.json': { shell: { signOut: 'Se déconnecter' } },
      './en.json': { shell: { signOut: 'Sign out' } },
      '../../features/officer/i18n/fr.json': { officer: { title: 'Nouvelle identification' } },
      '../../offline/i18n/fr.json': { outbox: { title: 'Envois' }, shell: { extra: 'x' } },
      '../../features/officer/i18n/README.json': { ignored: 'yes' },
    });
    expect(resources.fr).toEqual({ shell: { signOut: 'Se déconnecter', extra: 'x' }, officer: { title: 'Nouvelle identification' }, outbox: { title: 'Envois' } });
    expect(resources.en).toEqual({ shell: { signOut: 'Sign out' } });
  });

  it('refuses a key two areas both define', () => {
    expect(() => mergeCatalogues({ a: { b: 'x' } }, { a: { b: 'y' } }, 'officer/fr.json')).toThrow(/"b" defined twice \(last in officer\/fr.json\)/);
    expect(() => mergeCatalogues({ a: 'x' }, { a: { b: 'y' } }, 'f')).toThrow();
  });

  it('reads the language from the file name', () => {
    expect(languageOf('../../features/agency/i18n/en.json')).toBe('en');
    expect(languageOf('./de.json')).toBeUndefined();
  });

  it('lists keys missing from the other language, plural forms included', () => {
    expect(missingKeys({ a: { b: 'x', c_one: 'y' }, d: 'z' }, { a: { b: 'x' } })).toEqual(['a.c_one', 'd']);
  });
});
