import { describeErrorTable } from '@relais/test-infra';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { IntakeErrorCode, IntakeErrors } from './intake-errors';

describeErrorTable('intake', {
  errors: IntakeErrors,
  codes: Object.values(IntakeErrorCode),
  expected: {
    REPORTING_UNIT_REQUIRED: 403,
    IDENTIFICATION_NOT_FOUND: 404,
    VICTIM_NOT_FOUND: 404,
    VERSION_CONFLICT: 409,
    PERSONAL_DATA_ERASED: 409,
  },
  catalogues: { fr, en },
});
