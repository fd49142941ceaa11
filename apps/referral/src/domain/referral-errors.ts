import { assertNever, DomainException } from '@relais/platform';

/** Every refusal of the referral service; each has `errors.<code>` in both message catalogues. */
export enum ReferralErrorCode {
  ReferralNotFound = 'REFERRAL_NOT_FOUND',
  VictimNotFound = 'VICTIM_NOT_FOUND',
  AgencyNotFound = 'AGENCY_NOT_FOUND',
  RulesVersionNotFound = 'ROUTING_RULES_VERSION_NOT_FOUND',
  VersionRequired = 'VERSION_REQUIRED',
  VersionMismatch = 'VERSION_MISMATCH',
  IfMatchInvalid = 'IF_MATCH_INVALID',
  VersionStale = 'VERSION_STALE',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  NoBedAvailable = 'NO_BED_AVAILABLE',
  AgencyAlreadyExists = 'AGENCY_ALREADY_EXISTS',
  AgencyNotYours = 'AGENCY_NOT_YOURS',
  AgencyFieldRestricted = 'AGENCY_FIELD_RESTRICTED',
  ChangeRequestNotFound = 'CHANGE_REQUEST_NOT_FOUND',
  ChangeRequestDecided = 'CHANGE_REQUEST_DECIDED',
  EscalationNotFound = 'ESCALATION_NOT_FOUND',
  EscalationResolved = 'ESCALATION_RESOLVED',
  CapacityInvalid = 'CAPACITY_INVALID',
  RulesInvalid = 'ROUTING_RULES_INVALID',
  IdentificationNotFound = 'IDENTIFICATION_NOT_FOUND',
  ConsentRequired = 'CONSENT_REQUIRED',
  AgencyCannotTake = 'AGENCY_CANNOT_TAKE',
  AlreadyReferred = 'ALREADY_REFERRED',
  ReferralIdTaken = 'REFERRAL_ID_TAKEN',
  AccountNotFound = 'ACCOUNT_NOT_FOUND',
  AccountsNotYours = 'ACCOUNTS_NOT_YOURS',
  AccountNotManageable = 'ACCOUNT_NOT_MANAGEABLE',
  RoleNotGrantable = 'ROLE_NOT_GRANTABLE',
  AccountRejected = 'ACCOUNT_REJECTED',
  UsernameTaken = 'USERNAME_TAKEN',
  EmailTaken = 'EMAIL_TAKEN',
  AgencyHasNoOrganisation = 'AGENCY_HAS_NO_ORGANISATION',
  IdentityProviderUnavailable = 'IDENTITY_PROVIDER_UNAVAILABLE',
}

export class ReferralException extends DomainException<ReferralErrorCode> {
  get httpStatus(): number {
    return statusOf(this.code);
  }
}

export function statusOf(code: ReferralErrorCode): number {
  switch (code) {
    case ReferralErrorCode.ReferralNotFound:
    case ReferralErrorCode.VictimNotFound:
    case ReferralErrorCode.AgencyNotFound:
    case ReferralErrorCode.ChangeRequestNotFound:
    case ReferralErrorCode.EscalationNotFound:
    case ReferralErrorCode.RulesVersionNotFound:
    case ReferralErrorCode.IdentificationNotFound:
    case ReferralErrorCode.AccountNotFound:
      return 404;
    case ReferralErrorCode.VersionMismatch:
    case ReferralErrorCode.IfMatchInvalid:
    case ReferralErrorCode.CapacityInvalid:
    case ReferralErrorCode.RulesInvalid:
    case ReferralErrorCode.AccountRejected:
      return 400;
    case ReferralErrorCode.AgencyNotYours:
    case ReferralErrorCode.AgencyFieldRestricted:
    case ReferralErrorCode.AccountsNotYours:
    case ReferralErrorCode.AccountNotManageable:
    case ReferralErrorCode.RoleNotGrantable:
      return 403;
    case ReferralErrorCode.VersionStale:
    case ReferralErrorCode.IllegalTransition:
    case ReferralErrorCode.NoBedAvailable:
    case ReferralErrorCode.AgencyAlreadyExists:
    case ReferralErrorCode.ChangeRequestDecided:
    case ReferralErrorCode.EscalationResolved:
    case ReferralErrorCode.ConsentRequired:
    case ReferralErrorCode.AgencyCannotTake:
    case ReferralErrorCode.AlreadyReferred:
    case ReferralErrorCode.ReferralIdTaken:
    case ReferralErrorCode.UsernameTaken:
    case ReferralErrorCode.EmailTaken:
    case ReferralErrorCode.AgencyHasNoOrganisation:
      return 409;
    // Keycloak is down or refuses our service account: nothing changed, the request can be sent again.
    case ReferralErrorCode.IdentityProviderUnavailable:
      return 503;
    // RFC 6585: the client must say which version it changes (body `version` or If-Match).
    case ReferralErrorCode.VersionRequired:
      return 428;
    default:
      return assertNever(code);
  }
}
