import { ReferralErrorCode } from '../domain/referral-errors';
import en from './messages.en.json';
import fr from './messages.fr.json';

describe('message catalogues', () => {
  it('say every refusal in French and in English', () => {
    for (const code of Object.values(ReferralErrorCode)) {
      expect({ code, fr: typeof (fr as Record<string, string>)[`errors.${code}`], en: typeof (en as Record<string, string>)[`errors.${code}`] }).toEqual({ code, fr: 'string', en: 'string' });
    }
  });

  it('hold the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(en)) expect({ key, fr: placeholders((fr as Record<string, string>)[key]) }).toEqual({ key, fr: placeholders(text) });
  });
});
