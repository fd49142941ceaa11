import { Injectable } from '@nestjs/common';
import { RunBuffer } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { assertAuditEntry, AuditEntry } from './audit-entry';

/**
 * Appends to the service's `audit_log` (resolved through the connection's search_path). Pass the
 * manager of the transaction doing the audited work so the record commits, or rolls back, with
 * it. The database stamps the time; AuditSealer chains the row shortly after commit, so an
 * audited transaction takes no lock and never waits for another.
 *
 * Inside a consumer run the record is buffered and written with the run's other records in one
 * insert just before the run commits (RunBuffer in @relais/persistence): its time is then that of
 * the insert, a moment later in the same transaction. Elsewhere (a request) it is written at once.
 */
@Injectable()
export class AuditTrail {
  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    assertAuditEntry(entry);
    // Copied now: a caller that changes its entry after the append must not change the record.
    const { actor, action, resourceType, resourceId, outcome } = entry;
    await auditBuffer.add(manager, { actor, action, resourceType, resourceId, outcome, details: JSON.stringify(entry.details ?? {}) });
  }
}

/** An entry as it will be written: details already JSON. */
type AuditRow = Omit<AuditEntry, 'details'> & { details: string };

const COLUMNS = 6;
/** Postgres takes at most 65,535 parameters per statement. */
const ROWS_PER_STATEMENT = 5000;

/** Ids follow the VALUES list's order, and the sealer chains rows in id order: the append order. */
async function insertAuditRows(manager: EntityManager, rows: AuditRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((_, i) => {
      const p = (c: number) => `$${i * COLUMNS + c}`;
      return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO audit_log (actor, action, resource_type, resource_id, outcome, details) VALUES ${values.join(', ')}`,
      chunk.flatMap((r) => [r.actor, r.action, r.resourceType, r.resourceId, r.outcome, r.details]),
    );
  }
}

const auditBuffer = new RunBuffer<AuditRow>(insertAuditRows);
