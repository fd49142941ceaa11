import { personAuditSql, ReadPersonAudit } from './read-person-audit';
import { VerifyAuditTrail } from './verify-audit-trail';

export * from './audit-read.dto';
export * from './audit.controller';
export * from './person-resources';
export { personAuditSql, ReadPersonAudit, VerifyAuditTrail };

/** With AuditController and a PERSON_AUDIT_RESOURCES provider saying which records are the person's. */
export const AUDIT_READ_PROVIDERS = [ReadPersonAudit, VerifyAuditTrail];
