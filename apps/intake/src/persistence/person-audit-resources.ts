import { PERSON_AUDIT_RESOURCES, PersonAuditResources } from '@relais/platform';

/** Intake's records about a person: the identification (reads, corrections and denials are audited on its id). */
export const INTAKE_PERSON_AUDIT: { provide: symbol; useValue: PersonAuditResources } = {
  provide: PERSON_AUDIT_RESOURCES,
  useValue: { service: 'intake', idsSql: `SELECT id::text FROM identifications WHERE victim_ref = $1` },
};
