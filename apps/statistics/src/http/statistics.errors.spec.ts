import { describeErrorTable } from '@relais/test-infra';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { StatisticsErrorCode, StatisticsErrors } from './statistics.errors';

describeErrorTable('statistics', {
  errors: StatisticsErrors,
  codes: Object.values(StatisticsErrorCode),
  expected: {
    TABLE_TOO_DETAILED: 400,
    NOTHING_PUBLISHED_YET: 400,
    JURISDICTION_REQUIRED: 403,
    OFFICE_OUTSIDE_JURISDICTION: 403,
  },
  catalogues: { fr, en },
});
