import { AuditEntry, AuditTrail } from '@relais/auth';
import { EntityManager } from 'typeorm';

/**
 * The audit trail for unit specs: entries are recorded in order, and `append` is a jest.fn so
 * specs may assert on its calls. The real trail (a row in the service's audit_log) is proven by
 * the medium and integration tests.
 */
export class RecordingAuditTrail {
  readonly entries: AuditEntry[] = [];

  readonly append = jest.fn(async (_manager: EntityManager, entry: AuditEntry): Promise<void> => {
    this.entries.push(entry);
  });

  /** As a use case's constructor wants it. */
  get trail(): AuditTrail {
    return this as unknown as AuditTrail;
  }
}
