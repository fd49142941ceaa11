import { PERSON_AUDIT_RESOURCES, PersonAuditResources } from '@relais/platform';

/** Referral's records about a person: the identification received and every referral made for it. */
export const REFERRAL_PERSON_AUDIT: { provide: symbol; useValue: PersonAuditResources } = {
  provide: PERSON_AUDIT_RESOURCES,
  useValue: {
    service: 'referral',
    idsSql: `SELECT id::text FROM referrals WHERE victim_ref = $1 UNION SELECT identification_id::text FROM identifications WHERE victim_ref = $1`,
  },
};
