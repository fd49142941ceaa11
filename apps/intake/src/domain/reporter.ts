import { hasAnyRole, Principal } from '@relais/auth';
import { Reporter } from './identification';
import { IntakeErrorCode, IntakeException } from './intake-errors';

/**
 * Who reports, from the token alone: a police or gendarmerie account attached to a unit and an
 * institution. An account without them cannot submit (403), rather than submit anonymously.
 */
export function reporterOf(principal: Principal): Reporter {
  if (!hasAnyRole(principal, 'police_officer', 'police_supervisor') || !principal.unitId || !principal.institution) {
    throw new IntakeException(IntakeErrorCode.ReportingUnitRequired);
  }
  return { institution: principal.institution, unitId: principal.unitId, officerId: principal.sub };
}
