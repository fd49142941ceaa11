import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { ProsecutionErrorCode, ProsecutionErrors, ProsecutionException } from './prosecution-error';

// Written out, not derived: the web app, the catalogues and the integration tests rely on each pair.
const EXPECTED: Record<string, number> = {
  UNKNOWN_OFFICE: 400,
  UNKNOWN_DEFENDANT: 400,
  DECISION_REF_REQUIRED: 400,
  CHARGE_NOT_OF_DEFENDANT: 400,
  SENTENCE_WITH_ACQUITTAL: 400,
  DUPLICATE_DEFENDANT_IN_JUDGMENT: 400,
  MERGE_INTO_ITSELF: 400,
  JURISDICTION_REQUIRED: 403,
  OFFICE_OUTSIDE_JURISDICTION: 403,
  CASE_NOT_FOUND: 404,
  DEFENDANT_NOT_FOUND: 404,
  IDENTIFICATION_NOT_FOUND: 404,
  VICTIM_NOT_FOUND: 404,
  STALE_VERSION: 409,
  ILLEGAL_TRANSITION: 409,
  DATE_BEFORE_CURRENT_STAGE: 409,
  CASE_MERGED: 409,
  CASE_CLOSED: 409,
  STAGE_FORBIDS_DEFENDANTS: 409,
  STAGE_FORBIDS_JUDGMENT: 409,
  VERDICTS_MISSING: 409,
  IDENTIFICATION_ALREADY_LINKED: 409,
  CHARGE_ALREADY_BROUGHT: 409,
  DEFENDANT_NOT_CHARGED: 409,
  DEFENDANT_ALREADY_JUDGED: 409,
  FIRST_INSTANCE_VERDICT_MISSING: 409,
  STAGE_FORBIDS_MERGE: 409,
  ALREADY_AT_OFFICE: 409,
};

describe('prosecution errors', () => {
  it('declares exactly the expected codes, each with its status', () => {
    expect(ProsecutionErrors.statuses).toEqual(EXPECTED);
    expect([...ProsecutionErrors.codes].sort()).toEqual(Object.values(ProsecutionErrorCode).sort());
  });

  it.each(Object.values(ProsecutionErrorCode))('%s has its status on the exception and a text in French and English', (code) => {
    expect(new ProsecutionException(code).httpStatus).toBe(EXPECTED[code]);
    expect((fr as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
  });

  it('keeps both catalogues on the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
