import { Principal } from '@relais/auth';
import { officeView } from './office-scope';
import { StatisticsErrorCode, StatisticsException } from './statistics.errors';

const user = (roles: Principal['roles'], jurisdiction?: string): Principal => ({ sub: 'u-1', roles, ...(jurisdiction ? { jurisdiction } : {}) });

describe('whose prosecution figures a caller reads', () => {
  it('confines a prosecutor to their own office, exactly, whether or not they name it', () => {
    expect(officeView(user(['prosecutor'], 'parquet-tgi-mopti'), undefined)).toEqual({ office: 'parquet-tgi-mopti', ownOffice: true });
    expect(officeView(user(['prosecutor'], 'parquet-tgi-mopti'), 'parquet-tgi-mopti')).toEqual({ office: 'parquet-tgi-mopti', ownOffice: true });
  });

  it.each([
    [user(['prosecutor'], 'parquet-tgi-mopti'), 'parquet-tgi-kayes', StatisticsErrorCode.OfficeOutsideJurisdiction],
    [user(['prosecutor']), undefined, StatisticsErrorCode.JurisdictionRequired],
  ])('refuses %j asking for %s with 403', (principal, asked, code) => {
    let thrown: unknown;
    try {
      officeView(principal, asked);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatisticsException);
    expect((thrown as StatisticsException).code).toBe(code);
    expect((thrown as StatisticsException).httpStatus).toBe(403);
  });

  it('lets every other role read the national figures, or any office it names', () => {
    expect(officeView(user(['coordinator']), undefined)).toEqual({ office: undefined, ownOffice: false });
    expect(officeView(user(['statistician']), 'parquet-tgi-kayes')).toEqual({ office: 'parquet-tgi-kayes', ownOffice: false });
    expect(officeView(user(['police_supervisor']), undefined)).toEqual({ office: undefined, ownOffice: false });
    // Roles combined: the broadest reach applies, as everywhere (libs/auth accessScope).
    expect(officeView(user(['prosecutor', 'coordinator'], 'parquet-tgi-mopti'), undefined)).toEqual({ office: undefined, ownOffice: false });
  });
});
