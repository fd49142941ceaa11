import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { IntakeErrorCode, IntakeErrors, IntakeException } from './intake-errors';

// Written out, not derived: the web app, the catalogues and the integration tests rely on each pair.
const EXPECTED: Record<string, number> = {
  REPORTING_UNIT_REQUIRED: 403,
  IDENTIFICATION_NOT_FOUND: 404,
  VICTIM_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  PERSONAL_DATA_ERASED: 409,
};

describe('intake errors', () => {
  it('declares exactly the expected codes, each with its status', () => {
    expect(IntakeErrors.statuses).toEqual(EXPECTED);
    expect([...IntakeErrors.codes].sort()).toEqual(Object.values(IntakeErrorCode).sort());
  });

  it.each(Object.values(IntakeErrorCode))('%s has its status on the exception and a text in French and English', (code) => {
    expect(new IntakeException(code).httpStatus).toBe(EXPECTED[code]);
    expect(fr).toHaveProperty([`errors.${code}`]);
    expect(en).toHaveProperty([`errors.${code}`]);
  });

  it('has the same keys in both catalogues', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
