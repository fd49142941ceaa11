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

  it('names a value in words where the catalogue has it, and writes a date for a reader', () => {
    registerMessages({
      fr: { 'errors.Y': 'Avant l’étape {stage} ({since})', 'value.trial': 'Procès' },
      en: { 'errors.Y': 'Before the {stage} stage ({since})', 'value.trial': 'Trial' },
    });
    const since = new Date('2026-11-15T09:30:00Z');
    expect(translate('errors.Y', { stage: 'trial', since }, 'fr')).toBe('Avant l’étape Procès (15 novembre 2026 à 09:30)');
    expect(translate('errors.Y', { stage: 'trial', since }, 'en')).toBe('Before the Trial stage (15 November 2026 at 09:30)');
    expect(translate('errors.Y', { stage: 'appeal', since }, 'en')).toContain('appeal');
  });
});
