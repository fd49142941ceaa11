import { localizeValidationErrors, registerMessages } from '@relais/platform';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { violationException } from './rule-violations';

describe('violationException', () => {
  beforeAll(() => registerMessages({ fr, en }));

  it('reports each violation on its dotted field path, in French and in English', () => {
    const exception = violationException([{ path: 'consent.givenBy', code: 'minorConsentGiver' }, { path: 'id', code: 'isDefined' }]);
    const frErrors = localizeValidationErrors(exception.validationErrors, 'fr');
    expect(frErrors.map((e) => [e.field, e.code])).toEqual([['consent.givenBy', 'minorConsentGiver'], ['id', 'isDefined']]);
    expect(frErrors[0].message).toMatch(/tuteur/);
    expect(localizeValidationErrors(exception.validationErrors, 'en')[0].message).toMatch(/guardian/);
  });
});
