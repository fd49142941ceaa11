import { Injectable } from '@nestjs/common';
import { Need, ReferralStatus } from '@relais/contracts';
import { AccessScope, ScopeColumns } from '@relais/auth';
import { run, runFirst, TransactionHost } from '@relais/persistence';
import { AliasedRawBuilder, Selectable, sql, SqlBool } from 'kysely';
import { OPEN_STATUSES, Referral } from '../domain/referral';
import { DB } from './schema.generated';
import { db, equalsAny, inScope, literalStatuses } from './sql';

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
export const positionAt = (column: 'created_at' | 'escalated_at'): AliasedRawBuilder<string, 'position_at'> =>
  sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position_at');

/** Rows after `after` in a list sorted by `column` then id, both newest first (the position's text read as a timestamp). */
export const afterPosition = (column: 'created_at' | 'escalated_at', after: Position) =>
  sql<SqlBool>`(${sql.ref(column)}, ${sql.ref('id')}) < (${after.at}::timestamptz, ${after.id}::uuid)`;

/**
 * Reads one row more than the page holds: if it comes back, another page follows, and it starts
 * after the page's last row.
 */
export function sliceOf<R extends { id: string; position_at: string }, T>(rows: R[], page: Page, map: (row: R) => T): Slice<T> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items: items.map(map), ...(rows.length > page.limit && last ? { next: { at: last.position_at, id: last.id } } : {}) };
}

type SettledBy = 'noCandidate' | 'openElsewhere';

/** An agency sees the referrals addressed to it; the coordinator sees all (scope from the caller's token). */
const SCOPE_COLUMNS: ScopeColumns = { agency: 'agency_id' };

/** Police follow referrals through the identification they made: its unit, its region. */
const IDENTIFICATION_SCOPE_COLUMNS: ScopeColumns = { unit: 'i.unit_id', region: 'i.region' };

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

/**
 * Every read a person makes goes through an AccessScope in the WHERE clause, so a referral of
 * another agency is simply not found. Methods without a scope are for the service's own work
 * (event handlers, the deadline sweep) and never serve an HTTP caller directly.
 */
@Injectable()
export class ReferralRepository {
  constructor(private readonly tx: TransactionHost) {}

  async findScoped(scope: AccessScope, id: string): Promise<Referral | null> {
    return this.findOne(scope, id, false);
  }

  async findScopedForUpdate(scope: AccessScope, id: string): Promise<Referral | null> {
    return this.findOne(scope, id, true);
  }

  private async findOne(scope: AccessScope, id: string, lock: boolean): Promise<Referral | null> {
    const query = db.selectFrom('referrals').selectAll().where('id', '=', id).where(inScope(scope, SCOPE_COLUMNS));
    const row = await runFirst(this.tx.manager, lock ? query.forUpdate() : query);
    return row ? toReferral(row) : null;
  }

  async list(scope: AccessScope, filter: ReferralFilter, page: Page): Promise<Slice<Referral>> {
    let query = db.selectFrom('referrals').selectAll().select(positionAt('created_at')).where(inScope(scope, SCOPE_COLUMNS));
    if (filter.status != null) query = query.where('status', '=', filter.status);
    if (filter.need != null) query = query.where('need', '=', filter.need);
    if (filter.agencyId != null) query = query.where('agency_id', '=', filter.agencyId);
    if (filter.urgent != null) query = query.where('urgent', '=', filter.urgent);
    if (filter.createdFrom != null) query = query.where('created_at', '>=', filter.createdFrom);
    if (filter.createdTo != null) query = query.where('created_at', '<', filter.createdTo);
    if (page.after) query = query.where(afterPosition('created_at', page.after));
    const rows = await run(this.tx.manager, query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1));
    return sliceOf(rows, page, toReferral);
  }

  async exists(id: string): Promise<boolean> {
    return (await runFirst(this.tx.manager, db.selectFrom('referrals').select('id').where('id', '=', id))) !== undefined;
  }

  async listForVictim(scope: AccessScope, victimRef: string): Promise<Referral[]> {
    const rows = await run(
      this.tx.manager,
      db.selectFrom('referrals').selectAll().where('victim_ref', '=', victimRef).where(inScope(scope, SCOPE_COLUMNS)).orderBy('created_at').orderBy('id'),
    );
    return rows.map(toReferral);
  }

  /** The referrals of these people made from identifications in the scope, oldest first per person. */
  async progressOfVictims(scope: AccessScope, victimRefs: string[]): Promise<ReferralProgress[]> {
    const rows = await run(
      this.tx.manager,
      db
        .selectFrom('referrals as r')
        .innerJoin('identifications as i', 'i.identification_id', 'r.identification_id')
        .innerJoin('agencies as a', 'a.id', 'r.agency_id')
        .select(['r.id', 'r.reference', 'r.victim_ref', 'r.identification_id', 'r.need', 'r.urgent', 'r.agency_id', 'a.name as agency_name', 'r.status', 'r.due_by', 'r.created_at', 'r.updated_at'])
        .where((eb) => equalsAny(eb.ref('r.victim_ref'), victimRefs, 'text'))
        .where(inScope(scope, IDENTIFICATION_SCOPE_COLUMNS))
        .orderBy('r.victim_ref')
        .orderBy('r.created_at')
        .orderBy('r.id'),
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
    const rows = await run(
      this.tx.manager,
      db.selectFrom('referrals').selectAll().where('identification_id', '=', identificationId).orderBy('created_at').orderBy('id'),
    );
    return rows.map(toReferral);
  }

  /**
   * Needs settled outside this identification's own referrals, read in one statement where two
   * were: those escalated for want of a candidate, and those with an open referral under the
   * person's other identifications. UNION keeps each (kind, need) once, as DISTINCT did.
   */
  async settledNeeds(identificationId: string, victimRef: string): Promise<{ noCandidateNeeds: Need[]; openElsewhere: Need[] }> {
    const rows = await run(
      this.tx.manager,
      db
        .selectFrom('escalations')
        .select([sql<SettledBy>`'noCandidate'`.as('kind'), 'need'])
        .where('identification_id', '=', identificationId)
        .where('cause', '=', 'noCandidate')
        .union(
          db
            .selectFrom('referrals')
            .select([sql<SettledBy>`'openElsewhere'`.as('kind'), 'need'])
            .where('victim_ref', '=', victimRef)
            .where('identification_id', '<>', identificationId)
            .where('status', 'in', literalStatuses(OPEN_STATUSES)),
        ),
    );
    const of = (kind: SettledBy) => rows.filter((r) => r.kind === kind).map((r) => r.need);
    return { noCandidateNeeds: of('noCandidate'), openElsewhere: of('openElsewhere') };
  }

  async openForUpdate(identificationIds: string[]): Promise<Referral[]> {
    const rows = await run(
      this.tx.manager,
      db
        .selectFrom('referrals')
        .selectAll()
        .where((eb) => equalsAny(eb.ref('identification_id'), identificationIds, 'uuid'))
        .where((eb) => equalsAny(eb.ref('status'), OPEN_STATUSES, 'text'))
        .orderBy('created_at')
        .orderBy('id')
        .forUpdate(),
    );
    return rows.map(toReferral);
  }

  /** Agencies already asked for this need: a re-routing goes to someone new. */
  async agenciesTried(identificationId: string, need: Need): Promise<string[]> {
    const rows = await run(
      this.tx.manager,
      db.selectFrom('referrals').select('agency_id').where('identification_id', '=', identificationId).where('need', '=', need),
    );
    return rows.map((r) => r.agency_id);
  }

  /** Open referrals per agency: the load that orders equally suitable candidates. */
  async openLoad(): Promise<Map<string, number>> {
    // The literal status list matches the partial index's predicate, so only open rows are read, not the history.
    const rows = await run(
      this.tx.manager,
      db
        .selectFrom('referrals')
        .select((eb) => ['agency_id', eb.cast<number>(eb.fn.countAll(), 'integer').as('open')])
        .where('status', 'in', literalStatuses(OPEN_STATUSES))
        .groupBy('agency_id'),
    );
    return new Map(rows.map((r) => [r.agency_id, r.open]));
  }

  /**
   * The oldest overdue referral no other transaction holds. SKIP LOCKED lets several instances
   * sweep at once, each taking different rows; the status re-check under the lock means a row
   * escalated by another instance a moment ago is not taken again.
   */
  async nextOverdueForUpdate(now: Date, skip: string[]): Promise<Referral | null> {
    const row = await runFirst(
      this.tx.manager,
      db
        .selectFrom('referrals')
        .selectAll()
        .where('due_by', '<=', now)
        .where('status', 'in', literalStatuses(['pending', 'acknowledged'] as const))
        .where((eb) => eb.not(equalsAny(eb.ref('id'), skip, 'uuid')))
        .orderBy('due_by')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    );
    return row ? toReferral(row) : null;
  }

  /** False when the same need was already referred to the same agency (a duplicate event). */
  async insert(r: Referral): Promise<boolean> {
    return (await this.insertAll([r])).has(r.id);
  }

  /**
   * Several referrals in one statement (an identification's needs): answers the ids written, a
   * referral of a need already referred to the same agency being left out as `insert` leaves it.
   */
  async insertAll(referrals: readonly Referral[]): Promise<Set<string>> {
    if (!referrals.length) return new Set();
    const rows = await run(
      this.tx.manager,
      db
        .insertInto('referrals')
        .values(
          referrals.map((r) => ({
            id: r.id,
            reference: r.reference,
            victim_ref: r.victimRef,
            identification_id: r.identificationId,
            agency_id: r.agencyId,
            agency_type: r.agencyType,
            need: r.need,
            urgent: r.urgent,
            region: r.region,
            is_minor: r.isMinor,
            age_group: r.ageGroup,
            sex: r.sex,
            status: r.status,
            version: r.version,
            due_by: r.dueBy,
            rules_version: r.rulesVersion,
            rerouted_from: r.reroutedFrom,
            created_at: r.createdAt,
            updated_at: r.updatedAt,
          })),
        )
        .onConflict((oc) => oc.constraint('referrals_one_per_need_and_agency').doNothing())
        .returning('id'),
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Writes a transition made under a row lock; the version guard catches a caller that skipped the lock. */
  async update(r: Referral, previousVersion: number): Promise<void> {
    const updated = await run(
      this.tx.manager,
      db
        .updateTable('referrals')
        .set({
          status: r.status,
          version: r.version,
          due_by: r.dueBy,
          updated_at: r.updatedAt,
          acknowledged_at: r.acknowledgedAt,
          accepted_at: r.acceptedAt,
          declined_at: r.declinedAt,
          decline_reason: r.declineReason,
          decline_note: r.declineNote,
          escalated_at: r.escalatedAt,
          closed_at: r.closedAt,
          outcome: r.outcome,
          close_note: r.closeNote,
          bed_held: r.bedHeld,
        })
        .where('id', '=', r.id)
        .where('version', '=', previousVersion)
        .returning('id'),
    );
    if (updated.length !== 1) throw new Error(`referral ${r.id} changed under a lock`);
  }

  /** Erasure: free text typed by caseworkers may name the person, so it goes with their data. */
  async eraseNotes(identificationIds: string[]): Promise<number> {
    const erased = await run(
      this.tx.manager,
      db
        .updateTable('referrals')
        .set({ decline_note: null, close_note: null })
        .where((eb) => equalsAny(eb.ref('identification_id'), identificationIds, 'uuid'))
        .where((eb) => eb.or([eb('decline_note', 'is not', null), eb('close_note', 'is not', null)]))
        .returning('id'),
    );
    return erased.length;
  }
}

function toReferral(row: Selectable<DB['referrals']>): Referral {
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
