import { AccessScope, accessScope, Principal, ROLES, ScopeRules } from '@relais/auth';
import { StatisticsErrorCode, StatisticsException } from './statistics.errors';

/**
 * Whose criminal-justice figures a caller reads: a prosecutor those of their own office (token
 * `jurisdiction`), as the prosecution service shows them only their office's cases; every other
 * role the national ones. Broadest wins when roles combine (a prosecutor who is also coordinator).
 */
export const PROSECUTION_FIGURES_SCOPE: ScopeRules = Object.fromEntries(ROLES.map((role) => [role, role === 'prosecutor' ? 'jurisdiction' : 'all']));

export interface OfficeView {
  /** The office counted, or every office. */
  office?: string;
  /**
   * A prosecutor's own office is counted exactly: they can already read each of its cases in the
   * prosecution service, so small counts there reveal nobody they cannot see.
   */
  ownOffice: boolean;
}

/**
 * The office a request for prosecution figures counts, refusing what the caller may not see:
 * another office than their own (403 OFFICE_OUTSIDE_JURISDICTION, as prosecution answers), or no
 * office at all for a prosecutor without one in their token (403 JURISDICTION_REQUIRED).
 */
export function officeView(user: Principal, asked: string | undefined): OfficeView {
  const scope: AccessScope = accessScope(user, PROSECUTION_FIGURES_SCOPE);
  switch (scope.kind) {
    case 'jurisdiction':
      if (asked !== undefined && asked !== scope.officeId) throw new StatisticsException(StatisticsErrorCode.OfficeOutsideJurisdiction, { office: asked });
      return { office: scope.officeId, ownOffice: true };
    case 'none':
      throw new StatisticsException(StatisticsErrorCode.JurisdictionRequired);
    default:
      return { office: asked, ownOffice: false };
  }
}
