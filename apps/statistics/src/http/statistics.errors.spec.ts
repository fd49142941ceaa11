import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { StatisticsErrorCode, StatisticsErrors, StatisticsException } from './statistics.errors';

// Written out, not derived: the web app, the catalogues and the integration tests rely on each pair.
const EXPECTED: Record<string, number> = {
  TABLE_TOO_DETAILED: 400,
  NOTHING_PUBLISHED_YET: 400,
  JURISDICTION_REQUIRED: 403,
  OFFICE_OUTSIDE_JURISDICTION: 403,
};

describe('statistics errors', () => {
  it('declares exactly the expected codes, each with its status', () => {
    expect(StatisticsErrors.statuses).toEqual(EXPECTED);
    expect([...StatisticsErrors.codes].sort()).toEqual(Object.values(StatisticsErrorCode).sort());
  });

  it.each(Object.values(StatisticsErrorCode))('%s has its status on the exception and a text in French and English', (code) => {
    expect(new StatisticsException(code).httpStatus).toBe(EXPECTED[code]);
    expect((fr as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
  });
});
