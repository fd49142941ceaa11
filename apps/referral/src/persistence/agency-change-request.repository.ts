import { Injectable } from '@nestjs/common';
import { AccessScope, scopeFilter } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { RoutingScopeChange } from '../domain/agency';
import { AgencyChangeRequest, ChangeRequestStatus } from '../domain/agency-change-request';
import { namedQuery } from './sql';

interface ChangeRequestRow {
  id: string;
  agency_id: string;
  changes: RoutingScopeChange;
  status: ChangeRequestStatus;
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  version: number;
}

const SCOPE_COLUMNS = { agency: 'agency_id' };

@Injectable()
export class AgencyChangeRequestRepository {
  constructor(private readonly tx: TransactionHost) {}

  async list(scope: AccessScope, status: ChangeRequestStatus | undefined): Promise<AgencyChangeRequest[]> {
    const filter = scopeFilter(scope, SCOPE_COLUMNS);
    const rows = await namedQuery<ChangeRequestRow>(
      this.tx.manager,
      `SELECT * FROM agency_change_requests
        WHERE ${filter.sql} AND (:status::text IS NULL OR status = :status)
        ORDER BY requested_at, id LIMIT 500`,
      { ...filter.params, status: status ?? null },
    );
    return rows.map(toChangeRequest);
  }

  async findForUpdate(scope: AccessScope, id: string): Promise<AgencyChangeRequest | null> {
    const filter = scopeFilter(scope, SCOPE_COLUMNS);
    const [row] = await namedQuery<ChangeRequestRow>(
      this.tx.manager,
      `SELECT * FROM agency_change_requests WHERE id = :id AND ${filter.sql} FOR UPDATE`,
      { ...filter.params, id },
    );
    return row ? toChangeRequest(row) : null;
  }

  async insert(r: AgencyChangeRequest): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO agency_change_requests (id, agency_id, changes, status, requested_by, requested_at, decided_by, decided_at, reason, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [r.id, r.agencyId, JSON.stringify(r.changes), r.status, r.requestedBy, r.requestedAt, r.decidedBy, r.decidedAt, r.reason, r.version],
    );
  }

  /** Writes a decision made under `findForUpdate`. */
  async decide(r: AgencyChangeRequest): Promise<void> {
    await this.tx.manager.query(
      `UPDATE agency_change_requests SET status = $2, decided_by = $3, decided_at = $4, reason = $5, version = $6 WHERE id = $1`,
      [r.id, r.status, r.decidedBy, r.decidedAt, r.reason, r.version],
    );
  }
}

function toChangeRequest(row: ChangeRequestRow): AgencyChangeRequest {
  return {
    id: row.id,
    agencyId: row.agency_id,
    changes: row.changes,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
    version: row.version,
  };
}
