import { Injectable } from '@nestjs/common';
import { EscalationCause, Need, Region } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { Escalation } from '../domain/escalation';
import { namedQuery } from './sql';
import { Page } from './referral.repository';

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

  async list(filter: EscalationFilter, page: Page): Promise<{ items: Escalation[]; total: number }> {
    const rows = await namedQuery<EscalationRow & { total: string }>(
      this.tx.manager,
      `SELECT *, count(*) OVER () AS total FROM escalations
        WHERE (:cause::text IS NULL OR cause = :cause)
          AND (:need::text IS NULL OR need = :need)
          AND (:region::text IS NULL OR region = :region)
          AND (:from::timestamptz IS NULL OR escalated_at >= :from)
          AND (:to::timestamptz IS NULL OR escalated_at < :to)
        ORDER BY escalated_at DESC, id DESC
        LIMIT :limit OFFSET :offset`,
      {
        cause: filter.cause ?? null,
        need: filter.need ?? null,
        region: filter.region ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: page.pageSize,
        offset: (page.page - 1) * page.pageSize,
      },
    );
    const total = rows.length ? Number(rows[0].total) : page.page === 1 ? 0 : (await this.list(filter, { page: 1, pageSize: 1 })).total;
    return { items: rows.map(toEscalation), total };
  }
}

function toEscalation(row: EscalationRow): Escalation {
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
  };
}
