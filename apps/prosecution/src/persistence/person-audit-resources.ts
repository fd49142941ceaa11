import { PERSON_AUDIT_RESOURCES, PersonAuditResources } from '@relais/platform';

/**
 * Prosecution's records about a person: the identifications received and the cases they are in
 * (a case file read shows the person's place in it). A defendant's identity read is about the
 * defendant, not the victim, and is not listed here.
 */
export const PROSECUTION_PERSON_AUDIT: { provide: symbol; useValue: PersonAuditResources } = {
  provide: PERSON_AUDIT_RESOURCES,
  useValue: {
    service: 'prosecution',
    idsSql: `SELECT identification_id::text FROM identifications WHERE victim_ref = $1 UNION SELECT case_id::text FROM identifications WHERE victim_ref = $1`,
  },
};
