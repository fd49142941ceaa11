import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainException } from '@relais/platform';

export enum IntakeErrorCode {
  ReportingUnitRequired = 'REPORTING_UNIT_REQUIRED',
  IdentificationNotFound = 'IDENTIFICATION_NOT_FOUND',
  VictimNotFound = 'VICTIM_NOT_FOUND',
  VersionConflict = 'VERSION_CONFLICT',
  PersonalDataErased = 'PERSONAL_DATA_ERASED',
}

/** A business refusal of intake; `params` hold ids and versions only, never personal data. */
export class IntakeException extends DomainException<IntakeErrorCode> {
  get httpStatus(): number {
    return intakeHttpStatus(this.code);
  }
}

export function intakeHttpStatus(code: IntakeErrorCode): number {
  switch (code) {
    case IntakeErrorCode.ReportingUnitRequired:
      return HttpStatus.FORBIDDEN;
    // Not found and not allowed to see look the same: existence itself is not for every caller.
    case IntakeErrorCode.IdentificationNotFound:
    case IntakeErrorCode.VictimNotFound:
      return HttpStatus.NOT_FOUND;
    case IntakeErrorCode.VersionConflict:
    case IntakeErrorCode.PersonalDataErased:
      return HttpStatus.CONFLICT;
    default:
      return assertNever(code);
  }
}
