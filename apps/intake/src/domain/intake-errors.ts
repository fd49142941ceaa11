import { defineErrors } from '@relais/contracts';

export enum IntakeErrorCode {
  ReportingUnitRequired = 'REPORTING_UNIT_REQUIRED',
  IdentificationNotFound = 'IDENTIFICATION_NOT_FOUND',
  VictimNotFound = 'VICTIM_NOT_FOUND',
  VersionConflict = 'VERSION_CONFLICT',
  PersonalDataErased = 'PERSONAL_DATA_ERASED',
}

export const IntakeErrors = defineErrors<IntakeErrorCode>('intake', {
  [IntakeErrorCode.ReportingUnitRequired]: 403,
  // Not found and not allowed to see look the same: existence itself is not for every caller.
  [IntakeErrorCode.IdentificationNotFound]: 404,
  [IntakeErrorCode.VictimNotFound]: 404,
  [IntakeErrorCode.VersionConflict]: 409,
  [IntakeErrorCode.PersonalDataErased]: 409,
});

/** A business refusal of intake; `params` hold ids and versions only, never personal data. */
export class IntakeException extends IntakeErrors.Exception {}
