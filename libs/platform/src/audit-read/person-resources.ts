/**
 * How a service finds the rows of its audit trail about one person: a SQL query, with the
 * person's victimRef as `$1`, returning the ids (as text, column `id`) of the service's own
 * resources that belong to the person (identifications, referrals, cases…). Rows on the
 * victimRef itself, or naming it in their details, are found without it.
 */
export const PERSON_AUDIT_RESOURCES = Symbol('PERSON_AUDIT_RESOURCES');

export interface PersonAuditResources {
  service: string;
  idsSql: string;
}
