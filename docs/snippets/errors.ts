// The guide's business refusals (docs/ENGINEERING.md): apps/referral/src/domain/referral-errors.ts
// cut down to three codes. The real table lists every code of the service.
import { defineErrors } from '@relais/contracts';

// #region errors
/** Every refusal of the service; each has `errors.<code>` in both message catalogues. */
export enum ReferralErrorCode {
  ReferralNotFound = 'REFERRAL_NOT_FOUND',
  VersionStale = 'VERSION_STALE',
  NoBedAvailable = 'NO_BED_AVAILABLE',
}

// Record<code, status>: a code added to the enum without a status does not compile.
export const ReferralErrors = defineErrors<ReferralErrorCode>('referral', {
  [ReferralErrorCode.ReferralNotFound]: 404,
  [ReferralErrorCode.VersionStale]: 409,
  [ReferralErrorCode.NoBedAvailable]: 409,
});

export class ReferralException extends ReferralErrors.Exception {}
// #endregion

export function refuse(id: string): never {
  // #region throw
  throw new ReferralException(ReferralErrorCode.ReferralNotFound, { id });
  // #endregion
}
