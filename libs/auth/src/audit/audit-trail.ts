import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertAuditEntry, AuditEntry } from './audit-entry';
import { queryRows } from './queryable';

export interface AuditRecord {
  /** Insertion id; the chain position (seq) and hash are given when the row is sealed. */
  id: number;
}

/**
 * Appends to the service's `audit_log` (resolved through the connection's search_path). Pass the
 * manager of the transaction doing the audited work so the record commits, or rolls back, with
 * it. The database stamps the time; AuditSealer chains the row shortly after commit, so an
 * audited transaction takes no lock and never waits for another.
 */
@Injectable()
export class AuditTrail {
  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
    assertAuditEntry(entry);
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO audit_log (actor, action, resource_type, resource_id, outcome, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       RETURNING id`,
      [entry.actor, entry.action, entry.resourceType, entry.resourceId, entry.outcome, JSON.stringify(entry.details ?? {})],
    );
    return { id: Number(row.id) };
  }
}
