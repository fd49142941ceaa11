import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { httpStatusOf, ProsecutionErrorCode, ProsecutionException } from './prosecution-error';

describe('prosecution error codes', () => {
  const codes = Object.values(ProsecutionErrorCode);

  it.each(codes)('%s has a client-error status and a text in French and English', (code) => {
    expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
    expect(httpStatusOf(code)).toBeLessThan(500);
    expect((fr as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
  });

  it('answers not found and out of jurisdiction alike', () => {
    expect(new ProsecutionException(ProsecutionErrorCode.CaseNotFound).httpStatus).toBe(404);
  });

  it('keeps both catalogues on the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
