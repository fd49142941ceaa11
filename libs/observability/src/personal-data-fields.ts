/**
 * Field names that may hold personal data anywhere in Relais. Logs redact them wherever they
 * appear; tests use the same list to prove events and notifications never carry them.
 */
export const PERSONAL_DATA_FIELDS = [
  'givenNames',
  'familyName',
  'otherNames',
  'fullName',
  'name',
  'dateOfBirth',
  'phone',
  'phones',
  'email',
  'emails',
  'address',
  'identityDocuments',
  'narrative',
  'secret',
  'password',
  'authorization',
  'cookie',
] as const;
