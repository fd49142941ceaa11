import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { IntakeErrorCode, IntakeException, intakeHttpStatus } from './intake-errors';

describe('IntakeException', () => {
  it.each(Object.values(IntakeErrorCode))('%s has a status and a text in French and English', (code) => {
    expect(intakeHttpStatus(code)).toBeGreaterThanOrEqual(400);
    expect(fr).toHaveProperty([`errors.${code}`]);
    expect(en).toHaveProperty([`errors.${code}`]);
  });

  it('hides existence behind 404 and reports version races as 409', () => {
    expect(new IntakeException(IntakeErrorCode.IdentificationNotFound).httpStatus).toBe(404);
    expect(new IntakeException(IntakeErrorCode.VersionConflict, { currentVersion: 3 }).httpStatus).toBe(409);
    expect(new IntakeException(IntakeErrorCode.ReportingUnitRequired).httpStatus).toBe(403);
  });

  it('has the same keys in both catalogues', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
