import { Injectable } from '@nestjs/common';
import { EscalationCause, Need, Region } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { Escalation, EscalationRecord, EscalationResolution } from '../domain/escalation';
import { namedQuery, returnedRows } from './sql';
import { Page, positionAt, Slice, sliceOf } from './referral.repository';

interface EscalationRow {
  id: string;
  referral_id: string | null;
  reference: string | null;
  victim_ref: string;
  identification_id: string;
  agency_id: string | null;
  need: Need;
  urgent: boolean;
  region: Region;
  cause: EscalationCause;
  rerouted_to: string | null;
  escalated_at: Date;
  version: number;
  resolution: EscalationResolution | null;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
}

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
    await this.tx.manager.query(
      `INSERT INTO escalations (id, referral_id, reference, victim_ref, identification_id, agency_id, need, urgent, region, cause,
                                rerouted_to, escalated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [e.id, e.referralId, e.reference, e.victimRef, e.identificationId, e.agencyId, e.need, e.urgent, e.region, e.cause, e.reroutedTo, e.escalatedAt],
    );
  }

  /** Needs of an identification already put before the coordinator because no agency could take them. */
  async noCandidateNeeds(identificationId: string): Promise<Need[]> {
    const rows: { need: Need }[] = await this.tx.manager.query(
      `SELECT DISTINCT need FROM escalations WHERE identification_id = $1 AND cause = 'noCandidate'`,
      [identificationId],
    );
    return rows.map((r) => r.need);
  }

  async findForUpdate(id: string): Promise<EscalationRecord | null> {
    const [row]: EscalationRow[] = await this.tx.manager.query(`SELECT * FROM escalations WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toEscalation(row) : null;
  }

  /** Writes a resolution decided under `findForUpdate`. */
  async resolve(e: EscalationRecord): Promise<void> {
    const r = e.resolution;
    if (!r) throw new Error(`escalation ${e.id} has no resolution to write`);
    await this.tx.manager.query(
      `UPDATE escalations SET resolution = $2, resolution_note = $3, resolved_by = $4, resolved_at = $5, version = $6 WHERE id = $1`,
      [e.id, r.code, r.note, r.resolvedBy, r.resolvedAt, e.version],
    );
  }

  /** Erasure: the coordinators' free-text notes about the person go with the rest. */
  async eraseNotes(identificationIds: string[]): Promise<number> {
    const result: unknown = await this.tx.manager.query(
      `UPDATE escalations SET resolution_note = NULL WHERE identification_id = ANY($1::uuid[]) AND resolution_note IS NOT NULL RETURNING id`,
      [identificationIds],
    );
    return returnedRows(result).length;
  }

  async list(filter: EscalationFilter, page: Page): Promise<Slice<EscalationRecord>> {
    const rows = await namedQuery<EscalationRow & { position_at: string }>(
      this.tx.manager,
      `SELECT *, ${positionAt('escalated_at')} FROM escalations
        WHERE (:cause::text IS NULL OR cause = :cause)
          AND (:need::text IS NULL OR need = :need)
          AND (:region::text IS NULL OR region = :region)
          AND (:from::timestamptz IS NULL OR escalated_at >= :from)
          AND (:to::timestamptz IS NULL OR escalated_at < :to)
          AND (:afterAt::timestamptz IS NULL OR (escalated_at, id) < (:afterAt::timestamptz, :afterId::uuid))
        ORDER BY escalated_at DESC, id DESC
        LIMIT :limit`,
      {
        cause: filter.cause ?? null,
        need: filter.need ?? null,
        region: filter.region ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        afterAt: page.after?.at ?? null,
        afterId: page.after?.id ?? null,
        limit: page.limit + 1,
      },
    );
    return sliceOf(rows, page, toEscalation);
  }
}

function toEscalation(row: EscalationRow): EscalationRecord {
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
