import en from './messages.en.json';
import fr from './messages.fr.json';
import { negotiateLanguage, registerMessages, translate } from './messages';

describe('messages', () => {
  it('has every text in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    [undefined, 'fr'], ['en', 'en'], ['en-GB,en;q=0.9', 'en'], ['fr-ML, en;q=0.5', 'fr'], ['de, en;q=0.4', 'en'],
    ['en;q=0.2, fr;q=0.8', 'fr'], ['bm', 'fr'], ['en;q=0', 'fr'],
  ])('Accept-Language %p gives %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });

  it('fills placeholders and lets services add their texts', () => {
    registerMessages({ fr: { 'errors.X': 'Le dossier {id} est clos' }, en: { 'errors.X': 'Case {id} is closed' } });
    expect(translate('errors.X', { id: 'C-1' }, 'fr')).toBe('Le dossier C-1 est clos');
    expect(translate('validation.isIn', { field: 'sex', 0: ['female', 'male'] }, 'en')).toBe('sex must be one of: female, male.');
  });
});
