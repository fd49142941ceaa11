import { Injectable } from '@nestjs/common';
import { AgeBand, DeclineReason, Need, OrganisationType, ReferralOutcome, ReferralStatus, Region, Sex } from '@relais/contracts';
import { AccessScope, scopeFilter } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { OPEN_STATUSES, Referral } from '../domain/referral';
import { namedQuery, returnedRows } from './sql';

interface ReferralRow {
  id: string;
  reference: string;
  victim_ref: string;
  identification_id: string;
  agency_id: string;
  agency_type: OrganisationType;
  need: Need;
  urgent: boolean;
  region: Region;
  is_minor: boolean;
  age_group: AgeBand;
  sex: Sex;
  status: ReferralStatus;
  version: number;
  due_by: Date | null;
  rules_version: number;
  rerouted_from: string | null;
  created_at: Date;
  updated_at: Date;
  acknowledged_at: Date | null;
  accepted_at: Date | null;
  declined_at: Date | null;
  decline_reason: DeclineReason | null;
  decline_note: string | null;
  escalated_at: Date | null;
  closed_at: Date | null;
  outcome: ReferralOutcome | null;
  close_note: string | null;
  bed_held: boolean;
}

export interface ReferralFilter {
  status?: ReferralStatus;
  need?: Need;
  agencyId?: string;
  urgent?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Where the previous page ended in a list sorted by a timestamp then the id, both newest first. */
export interface Position {
  /** ISO 8601 to the microsecond, as Postgres keeps it: a Date's milliseconds would skip rows. */
  at: string;
  id: string;
}

/** `limit` rows, starting after `after` when it is given. */
export interface Page {
  limit: number;
  after?: Position;
}

/** A page and, when more rows follow, the position to continue from. */
export interface Slice<T> {
  items: T[];
  next?: Position;
}

/** The position column a keyset list selects, its timestamp rendered as `Position.at`. */
export const positionAt = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position_at`;

/**
 * Reads one row more than the page holds: if it comes back, another page follows, and it starts
 * after the page's last row.
 */
export function sliceOf<R extends { id: string; position_at: string }, T>(rows: R[], page: Page, map: (row: R) => T): Slice<T> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items: items.map(map), ...(rows.length > page.limit && last ? { next: { at: last.position_at, id: last.id } } : {}) };
}

/** An agency sees the referrals addressed to it; the coordinator sees all (scope from the caller's token). */
const SCOPE_COLUMNS = { agency: 'agency_id' };

/** Police follow referrals through the identification they made: its unit, its region. */
const IDENTIFICATION_SCOPE_COLUMNS = { unit: 'i.unit_id', region: 'i.region' };

/** Where one referral stands, without anything about the person or the agency's notes. */
export interface ReferralProgress {
  id: string;
  reference: string;
  victimRef: string;
  identificationId: string;
  need: Need;
  urgent: boolean;
  agencyId: string;
  agencyName: string;
  status: ReferralStatus;
  dueBy: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface ProgressRow {
  id: string;
  reference: string;
  victim_ref: string;
  identification_id: string;
  need: Need;
  urgent: boolean;
  agency_id: string;
  agency_name: string;
  status: ReferralStatus;
  due_by: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Every read a person makes goes through an AccessScope in the WHERE clause, so a referral of
 * another agency is simply not found. Methods without a scope are for the service's own work
 * (event handlers, the deadline sweep) and never serve an HTTP caller directly.
 */
@Injectable()
export class ReferralRepository {
  constructor(private readonly tx: TransactionHost) {}

  async findScoped(scope: AccessScope, id: string): Promise<Referral | null> {
    return this.findOne(scope, id, '');
  }

  async findScopedForUpdate(scope: AccessScope, id: string): Promise<Referral | null> {
    return this.findOne(scope, id, 'FOR UPDATE');
  }

  private async findOne(scope: AccessScope, id: string, lock: string): Promise<Referral | null> {
    const filter = scopeFilter(scope, SCOPE_COLUMNS);
    const [row] = await namedQuery<ReferralRow>(this.tx.manager, `SELECT * FROM referrals WHERE id = :id AND (${filter.sql}) ${lock}`, {
      ...filter.params,
      id,
    });
    return row ? toReferral(row) : null;
  }

  async list(scope: AccessScope, filter: ReferralFilter, page: Page): Promise<Slice<Referral>> {
    const scoped = scopeFilter(scope, SCOPE_COLUMNS);
    const rows = await namedQuery<ReferralRow & { position_at: string }>(
      this.tx.manager,
      `SELECT *, ${positionAt('created_at')} FROM referrals
        WHERE (${scoped.sql})
          AND (:status::text IS NULL OR status = :status)
          AND (:need::text IS NULL OR need = :need)
          AND (:agencyId::text IS NULL OR agency_id = :agencyId)
          AND (:urgent::boolean IS NULL OR urgent = :urgent)
          AND (:createdFrom::timestamptz IS NULL OR created_at >= :createdFrom)
          AND (:createdTo::timestamptz IS NULL OR created_at < :createdTo)
          AND (:afterAt::timestamptz IS NULL OR (created_at, id) < (:afterAt::timestamptz, :afterId::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT :limit`,
      {
        ...scoped.params,
        status: filter.status ?? null,
        need: filter.need ?? null,
        agencyId: filter.agencyId ?? null,
        urgent: filter.urgent ?? null,
        createdFrom: filter.createdFrom ?? null,
        createdTo: filter.createdTo ?? null,
        afterAt: page.after?.at ?? null,
        afterId: page.after?.id ?? null,
        limit: page.limit + 1,
      },
    );
    return sliceOf(rows, page, toReferral);
  }

  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(`SELECT 1 FROM referrals WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async listForVictim(scope: AccessScope, victimRef: string): Promise<Referral[]> {
    const filter = scopeFilter(scope, SCOPE_COLUMNS);
    const rows = await namedQuery<ReferralRow>(
      this.tx.manager,
      `SELECT * FROM referrals WHERE victim_ref = :victimRef AND (${filter.sql}) ORDER BY created_at, id`,
      { ...filter.params, victimRef },
    );
    return rows.map(toReferral);
  }

  /** The referrals of these people made from identifications in the scope, oldest first per person. */
  async progressOfVictims(scope: AccessScope, victimRefs: string[]): Promise<ReferralProgress[]> {
    const filter = scopeFilter(scope, IDENTIFICATION_SCOPE_COLUMNS);
    const rows = await namedQuery<ProgressRow>(
      this.tx.manager,
      `SELECT r.id, r.reference, r.victim_ref, r.identification_id, r.need, r.urgent, r.agency_id, a.name AS agency_name,
              r.status, r.due_by, r.created_at, r.updated_at
         FROM referrals r
         JOIN identifications i ON i.identification_id = r.identification_id
         JOIN agencies a ON a.id = r.agency_id
        WHERE r.victim_ref = ANY(:victimRefs::text[]) AND (${filter.sql})
        ORDER BY r.victim_ref, r.created_at, r.id`,
      { ...filter.params, victimRefs },
    );
    return rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      victimRef: r.victim_ref,
      identificationId: r.identification_id,
      need: r.need,
      urgent: r.urgent,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      status: r.status,
      dueBy: r.due_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  async forIdentification(identificationId: string): Promise<Referral[]> {
    const rows: ReferralRow[] = await this.tx.manager.query(
      `SELECT * FROM referrals WHERE identification_id = $1 ORDER BY created_at, id`,
      [identificationId],
    );
    return rows.map(toReferral);
  }

  /** Needs with an open referral under the person's other identifications. */
  async openNeedsElsewhere(victimRef: string, identificationId: string): Promise<Need[]> {
    const rows: { need: Need }[] = await this.tx.manager.query(
      `SELECT DISTINCT need FROM referrals
        WHERE victim_ref = $1 AND identification_id <> $2 AND status IN ('pending', 'acknowledged', 'accepted')`,
      [victimRef, identificationId],
    );
    return rows.map((r) => r.need);
  }

  async openForUpdate(identificationIds: string[]): Promise<Referral[]> {
    const rows: ReferralRow[] = await this.tx.manager.query(
      `SELECT * FROM referrals WHERE identification_id = ANY($1::uuid[]) AND status = ANY($2::text[]) ORDER BY created_at, id FOR UPDATE`,
      [identificationIds, OPEN_STATUSES],
    );
    return rows.map(toReferral);
  }

  /** Agencies already asked for this need: a re-routing goes to someone new. */
  async agenciesTried(identificationId: string, need: Need): Promise<string[]> {
    const rows: { agency_id: string }[] = await this.tx.manager.query(
      `SELECT agency_id FROM referrals WHERE identification_id = $1 AND need = $2`,
      [identificationId, need],
    );
    return rows.map((r) => r.agency_id);
  }

  /** Open referrals per agency: the load that orders equally suitable candidates. */
  async openLoad(): Promise<Map<string, number>> {
    // The literal status list matches the partial index's predicate, so only open rows are read, not the history.
    const rows: { agency_id: string; open: number }[] = await this.tx.manager.query(
      `SELECT agency_id, count(*)::int AS open FROM referrals WHERE status IN ('pending', 'acknowledged', 'accepted') GROUP BY agency_id`,
    );
    return new Map(rows.map((r) => [r.agency_id, r.open]));
  }

  /**
   * The oldest overdue referral no other transaction holds. SKIP LOCKED lets several instances
   * sweep at once, each taking different rows; the status re-check under the lock means a row
   * escalated by another instance a moment ago is not taken again.
   */
  async nextOverdueForUpdate(now: Date, skip: string[]): Promise<Referral | null> {
    const [row] = await this.tx.manager.query(
      `SELECT * FROM referrals
        WHERE due_by <= $1 AND status IN ('pending', 'acknowledged') AND NOT (id = ANY($2::uuid[]))
        ORDER BY due_by, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
      [now, skip],
    );
    return row ? toReferral(row) : null;
  }

  /** False when the same need was already referred to the same agency (a duplicate event). */
  async insert(r: Referral): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO referrals (id, reference, victim_ref, identification_id, agency_id, agency_type, need, urgent, region, is_minor,
                             age_group, sex, status, version, due_by, rules_version, rerouted_from, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT ON CONSTRAINT referrals_one_per_need_and_agency DO NOTHING
       RETURNING id`,
      [
        r.id, r.reference, r.victimRef, r.identificationId, r.agencyId, r.agencyType, r.need, r.urgent, r.region, r.isMinor,
        r.ageGroup, r.sex, r.status, r.version, r.dueBy, r.rulesVersion, r.reroutedFrom, r.createdAt, r.updatedAt,
      ],
    );
    return rows.length === 1;
  }

  /** Writes a transition made under a row lock; the version guard catches a caller that skipped the lock. */
  async update(r: Referral, previousVersion: number): Promise<void> {
    const result = await this.tx.manager.query(
      `UPDATE referrals SET status = $2, version = $3, due_by = $4, updated_at = $5, acknowledged_at = $6, accepted_at = $7,
              declined_at = $8, decline_reason = $9, decline_note = $10, escalated_at = $11, closed_at = $12, outcome = $13,
              close_note = $14, bed_held = $15
        WHERE id = $1 AND version = $16 RETURNING id`,
      [
        r.id, r.status, r.version, r.dueBy, r.updatedAt, r.acknowledgedAt, r.acceptedAt, r.declinedAt, r.declineReason,
        r.declineNote, r.escalatedAt, r.closedAt, r.outcome, r.closeNote, r.bedHeld, previousVersion,
      ],
    );
    if (returnedRows(result).length !== 1) throw new Error(`referral ${r.id} changed under a lock`);
  }

  /** Erasure: free text typed by caseworkers may name the person, so it goes with their data. */
  async eraseNotes(identificationIds: string[]): Promise<number> {
    const result = await this.tx.manager.query(
      `UPDATE referrals SET decline_note = NULL, close_note = NULL
        WHERE identification_id = ANY($1::uuid[]) AND (decline_note IS NOT NULL OR close_note IS NOT NULL) RETURNING id`,
      [identificationIds],
    );
    return returnedRows(result).length;
  }
}

function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    reference: row.reference,
    victimRef: row.victim_ref,
    identificationId: row.identification_id,
    agencyId: row.agency_id,
    agencyType: row.agency_type,
    need: row.need,
    urgent: row.urgent,
    region: row.region,
    isMinor: row.is_minor,
    ageGroup: row.age_group,
    sex: row.sex,
    status: row.status,
    version: row.version,
    dueBy: row.due_by,
    rulesVersion: row.rules_version,
    reroutedFrom: row.rerouted_from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    acknowledgedAt: row.acknowledged_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    declineNote: row.decline_note,
    escalatedAt: row.escalated_at,
    closedAt: row.closed_at,
    outcome: row.outcome,
    closeNote: row.close_note,
    bedHeld: row.bed_held,
  };
}
