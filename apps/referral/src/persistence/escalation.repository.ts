import { Injectable } from '@nestjs/common';
import { EscalationCause, Need, Region } from '@relais/contracts';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { Selectable } from 'kysely';
import { Escalation, EscalationRecord } from '../domain/escalation';
import { afterPosition, Page, positionAt, Slice, sliceOf } from './referral.repository';
import { DB } from './schema.generated';
import { db, equalsAny } from './sql';

export interface EscalationFilter {
  cause?: EscalationCause;
  need?: Need;
  region?: Region;
  from?: Date;
  to?: Date;
}

/** Escalations are the coordinator's work list; only the coordinator reads them, so no agency scope applies. */
@Injectable()
export class EscalationRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(e: Escalation): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('escalations').values({
        id: e.id,
        referral_id: e.referralId,
        reference: e.reference,
        victim_ref: e.victimRef,
        identification_id: e.identificationId,
        agency_id: e.agencyId,
        need: e.need,
        urgent: e.urgent,
        region: e.region,
        cause: e.cause,
        rerouted_to: e.reroutedTo,
        escalated_at: e.escalatedAt,
      }),
    );
  }

  async findForUpdate(id: string): Promise<EscalationRecord | null> {
    const row = await runFirst(this.tx.manager, db.selectFrom('escalations').selectAll().where('id', '=', id).forUpdate());
    return row ? toEscalation(row) : null;
  }

  /** Writes a resolution decided under `findForUpdate`. */
  async resolve(e: EscalationRecord): Promise<void> {
    const r = e.resolution;
    if (!r) throw new Error(`escalation ${e.id} has no resolution to write`);
    await run(
      this.tx.manager,
      db
        .updateTable('escalations')
        .set({ resolution: r.code, resolution_note: r.note, resolved_by: r.resolvedBy, resolved_at: r.resolvedAt, version: e.version })
        .where('id', '=', e.id),
    );
  }

  /** Erasure: the coordinators' free-text notes about the person go with the rest. */
  async eraseNotes(identificationIds: string[]): Promise<number> {
    const erased = await run(
      this.tx.manager,
      db
        .updateTable('escalations')
        .set({ resolution_note: null })
        .where((eb) => equalsAny(eb.ref('identification_id'), identificationIds, 'uuid'))
        .where('resolution_note', 'is not', null)
        .returning('id'),
    );
    return erased.length;
  }

  async list(filter: EscalationFilter, page: Page): Promise<Slice<EscalationRecord>> {
    let query = db.selectFrom('escalations').selectAll().select(positionAt('escalated_at'));
    if (filter.cause != null) query = query.where('cause', '=', filter.cause);
    if (filter.need != null) query = query.where('need', '=', filter.need);
    if (filter.region != null) query = query.where('region', '=', filter.region);
    if (filter.from != null) query = query.where('escalated_at', '>=', filter.from);
    if (filter.to != null) query = query.where('escalated_at', '<', filter.to);
    if (page.after) query = query.where(afterPosition('escalated_at', page.after));
    const rows = await run(this.tx.manager, query.orderBy('escalated_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1));
    return sliceOf(rows, page, toEscalation);
  }
}

function toEscalation(row: Selectable<DB['escalations']>): EscalationRecord {
  return {
    id: row.id,
    referralId: row.referral_id,
    reference: row.reference,
    victimRef: row.victim_ref,
    identificationId: row.identification_id,
    agencyId: row.agency_id,
    need: row.need,
    urgent: row.urgent,
    region: row.region,
    cause: row.cause,
    reroutedTo: row.rerouted_to,
    escalatedAt: row.escalated_at,
    version: row.version,
    resolution: row.resolution && row.resolved_by && row.resolved_at
      ? { code: row.resolution, note: row.resolution_note, resolvedBy: row.resolved_by, resolvedAt: row.resolved_at }
      : null,
  };
}
