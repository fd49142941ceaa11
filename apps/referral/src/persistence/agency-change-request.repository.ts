import { Injectable } from '@nestjs/common';
import { AccessScope, ScopeColumns } from '@relais/auth';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { Selectable } from 'kysely';
import { AgencyChangeRequest, ChangeRequestStatus } from '../domain/agency-change-request';
import { DB } from './schema.generated';
import { db, inScope } from './sql';

const SCOPE_COLUMNS: ScopeColumns = { agency: 'agency_id' };

@Injectable()
export class AgencyChangeRequestRepository {
  constructor(private readonly tx: TransactionHost) {}

  async list(scope: AccessScope, status: ChangeRequestStatus | undefined): Promise<AgencyChangeRequest[]> {
    let query = db.selectFrom('agency_change_requests').selectAll().where(inScope(scope, SCOPE_COLUMNS));
    if (status != null) query = query.where('status', '=', status);
    const rows = await run(this.tx.manager, query.orderBy('requested_at').orderBy('id').limit(500));
    return rows.map(toChangeRequest);
  }

  async findForUpdate(scope: AccessScope, id: string): Promise<AgencyChangeRequest | null> {
    const row = await runFirst(
      this.tx.manager,
      db.selectFrom('agency_change_requests').selectAll().where('id', '=', id).where(inScope(scope, SCOPE_COLUMNS)).forUpdate(),
    );
    return row ? toChangeRequest(row) : null;
  }

  async insert(r: AgencyChangeRequest): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('agency_change_requests').values({
        id: r.id,
        agency_id: r.agencyId,
        changes: JSON.stringify(r.changes),
        status: r.status,
        requested_by: r.requestedBy,
        requested_at: r.requestedAt,
        decided_by: r.decidedBy,
        decided_at: r.decidedAt,
        reason: r.reason,
        version: r.version,
      }),
    );
  }

  /** Writes a decision made under `findForUpdate`. */
  async decide(r: AgencyChangeRequest): Promise<void> {
    await run(
      this.tx.manager,
      db
        .updateTable('agency_change_requests')
        .set({ status: r.status, decided_by: r.decidedBy, decided_at: r.decidedAt, reason: r.reason, version: r.version })
        .where('id', '=', r.id),
    );
  }
}

function toChangeRequest(row: Selectable<DB['agency_change_requests']>): AgencyChangeRequest {
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
