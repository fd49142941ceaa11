import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertAuditEntry, AuditEntry } from './audit-entry';
import { queryRows } from './queryable';

export interface AuditRecord {
  seq: number;
  hash: string;
}

/**
 * Appends to the service's `audit_log` (created by CreateAuditLog, resolved through the
 * connection's search_path). The trigger numbers, timestamps and chains the row; this class only
 * says what happened. Pass the manager of the transaction doing the audited work so the record
 * commits, or rolls back, with it. The append holds the schema's audit lock until that
 * transaction ends, so append last in the unit of work, not before slow steps.
 */
@Injectable()
export class AuditTrail {
  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
    assertAuditEntry(entry);
    const [row] = await queryRows<{ seq: string; hash: string }>(
      manager,
      `INSERT INTO audit_log (actor, action, resource_type, resource_id, outcome, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       RETURNING seq, hash`,
      [entry.actor, entry.action, entry.resourceType, entry.resourceId, entry.outcome, JSON.stringify(entry.details ?? {})],
    );
    return { seq: Number(row.seq), hash: row.hash };
  }
}
