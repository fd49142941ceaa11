import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { ReferralErrorCode, ReferralErrors, ReferralException } from './referral-errors';

// Written out, not derived: the web app, the catalogues and the integration tests rely on each pair.
const EXPECTED: Record<string, number> = {
  REFERRAL_NOT_FOUND: 404,
  VICTIM_NOT_FOUND: 404,
  AGENCY_NOT_FOUND: 404,
  CHANGE_REQUEST_NOT_FOUND: 404,
  ESCALATION_NOT_FOUND: 404,
  ROUTING_RULES_VERSION_NOT_FOUND: 404,
  IDENTIFICATION_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  VERSION_MISMATCH: 400,
  IF_MATCH_INVALID: 400,
  CAPACITY_INVALID: 400,
  ROUTING_RULES_INVALID: 400,
  ACCOUNT_REJECTED: 400,
  AGENCY_NOT_YOURS: 403,
  AGENCY_FIELD_RESTRICTED: 403,
  ACCOUNTS_NOT_YOURS: 403,
  ACCOUNT_NOT_MANAGEABLE: 403,
  ROLE_NOT_GRANTABLE: 403,
  VERSION_STALE: 409,
  ILLEGAL_TRANSITION: 409,
  NO_BED_AVAILABLE: 409,
  AGENCY_ALREADY_EXISTS: 409,
  CHANGE_REQUEST_DECIDED: 409,
  ESCALATION_RESOLVED: 409,
  CONSENT_REQUIRED: 409,
  AGENCY_CANNOT_TAKE: 409,
  ALREADY_REFERRED: 409,
  REFERRAL_ID_TAKEN: 409,
  USERNAME_TAKEN: 409,
  EMAIL_TAKEN: 409,
  AGENCY_HAS_NO_ORGANISATION: 409,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
  VERSION_REQUIRED: 428,
};

describe('referral errors', () => {
  it('declares exactly the expected codes, each with its status', () => {
    expect(ReferralErrors.statuses).toEqual(EXPECTED);
    expect([...ReferralErrors.codes].sort()).toEqual(Object.values(ReferralErrorCode).sort());
  });

  it.each(Object.values(ReferralErrorCode))('%s has its status on the exception and a text in French and English', (code) => {
    expect(new ReferralException(code).httpStatus).toBe(EXPECTED[code]);
    expect((fr as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
    expect((en as Record<string, string>)[`errors.${code}`]).toEqual(expect.any(String));
  });
});
