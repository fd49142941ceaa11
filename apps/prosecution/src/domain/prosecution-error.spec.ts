import { describeErrorTable } from '@relais/test-infra';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { ProsecutionErrorCode, ProsecutionErrors } from './prosecution-error';

describeErrorTable('prosecution', {
  errors: ProsecutionErrors,
  codes: Object.values(ProsecutionErrorCode),
  expected: {
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
  },
  catalogues: { fr, en },
});
