import { Injectable } from '@nestjs/common';
import { AccessScope } from '@relais/auth';
import { CaseStage, Region } from '@relais/contracts';
import { namedCondition, run, runFirst, TransactionHost, typedSql } from '@relais/persistence';
import { Selectable, sql, SqlBool } from 'kysely';
import { CaseState } from '../domain/case';
import { DB } from './schema.generated';
import { caseFilter, identificationFilter } from './scope';

/**
 * Typed SQL (docs/ENGINEERING.md): every query here names tables and columns the compiler checks
 * against the generated schema (npm run db:types), and the rows mapped to the domain are typed by
 * it, so a column added to a migration but not to the mapping, or renamed in one place only, no
 * longer compiles. The scope filters stay @relais/auth's named-parameter SQL (namedCondition).
 */
const db = typedSql<DB>();

const CASE_COLUMNS = ['c.id', 'c.reference', 'c.office_id', 'c.region', 'c.cercle', 'c.stage', 'c.stage_changed_at', 'c.opened_at', 'c.opened_from', 'c.merged_into', 'c.version'] as const;

type CaseRow = Pick<Selectable<DB['cases']>, 'id' | 'reference' | 'office_id' | 'region' | 'cercle' | 'stage' | 'stage_changed_at' | 'opened_at' | 'opened_from' | 'merged_into' | 'version'>;

export interface CaseListFilter {
  stages?: CaseStage[];
  officeId?: string;
  region?: Region;
  openedFrom?: Date;
  /** Exclusive upper bound. */
  openedBefore?: Date;
  includeMerged: boolean;
}

/** Where the previous page ended: the last case's opening time (ISO 8601 to the microsecond) and id. */
export interface CasePosition {
  openedAt: string;
  id: string;
}

export interface CasePageRequest {
  limit: number;
  after?: CasePosition;
}

/** A page of cases and, when more follow, the position to continue from. */
export interface CaseSlice {
  cases: CaseState[];
  next?: CasePosition;
}

/** Whether a person's case is open and at which stage: nothing of its content. */
export interface CaseProgress {
  caseId: string;
  reference: string;
  victimRef: string;
  officeId: string;
  officeName: { fr: string; en: string };
  stage: CaseStage;
  stageChangedAt: Date;
  openedAt: Date;
}

export interface StageChangeRecord {
  caseId: string;
  from: CaseStage | null;
  to: CaseStage;
  at: Date;
  decisionRef?: string;
  noteSealed?: Buffer;
  recordedBy: string;
}

export type StageChangeRow = Pick<Selectable<DB['stage_changes']>, 'from_stage' | 'to_stage' | 'at' | 'decision_ref' | 'note_sealed' | 'recorded_at'>;

export type TransferRow = Pick<Selectable<DB['case_transfers']>, 'from_office_id' | 'to_office_id' | 'at'>;

/** Cases, their stage history and transfers. Every read a user triggers is confined to their scope. */
@Injectable()
export class CaseRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(c: CaseState): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('cases').values({
        id: c.id,
        reference: c.reference,
        office_id: c.officeId,
        region: c.region,
        cercle: c.cercle,
        stage: c.stage,
        stage_changed_at: c.stageChangedAt,
        opened_at: c.openedAt,
        opened_from: c.openedFrom,
        version: c.version,
      }),
    );
  }

  /** Writes a changed case; the version it replaces must still be the stored one. */
  async update(c: CaseState, mergedAt?: Date): Promise<void> {
    const at = c.mergedIntoCaseId ? (mergedAt ?? new Date()) : null;
    const updated = await run(
      this.tx.manager,
      db
        .updateTable('cases')
        .set((eb) => ({
          office_id: c.officeId,
          region: c.region,
          cercle: c.cercle,
          stage: c.stage,
          stage_changed_at: c.stageChangedAt,
          merged_into: c.mergedIntoCaseId,
          merged_at: eb.fn.coalesce('merged_at', eb.val(at)),
          version: c.version,
          updated_at: sql<Date>`now()`,
        }))
        .where('id', '=', c.id)
        .where('version', '=', c.version - 1)
        .returning('id'),
    );
    // Callers hold the row lock, so this means a use case skipped it: fail loudly, never overwrite.
    if (updated.length !== 1) throw new Error(`case ${c.id} was not at version ${c.version - 1}`);
  }

  /** The case if the scope lets the caller see it; `lock` holds it until the transaction ends. */
  async find(scope: AccessScope, id: string, lock = false): Promise<CaseState | undefined> {
    const query = db.selectFrom('cases as c').select(CASE_COLUMNS).where('c.id', '=', id).where(inCaseScope(scope));
    const row = await runFirst(this.tx.manager, lock ? query.forUpdate() : query);
    return row && toCase(row);
  }

  /** Locks several visible cases in id order, so two requests locking the same pair cannot deadlock. */
  async lockAll(scope: AccessScope, ids: string[]): Promise<Map<string, CaseState>> {
    const found = await run(
      this.tx.manager,
      db.selectFrom('cases as c').select(CASE_COLUMNS).where('c.id', 'in', ids).where(inCaseScope(scope)).orderBy('c.id').forUpdate(),
    );
    return new Map(found.map((r) => [r.id, toCase(r)]));
  }

  /** Newest first (opening time, then id), `page.limit` cases after `page.after`; `next` when more follow. */
  async list(scope: AccessScope, filter: CaseListFilter, page: CasePageRequest): Promise<CaseSlice> {
    let query = matching(scope, filter)
      .select(CASE_COLUMNS)
      // The position as Postgres keeps it, to the microsecond: a Date's milliseconds would repeat or skip rows.
      .select((eb) => sql<string>`to_char(${eb.ref('c.opened_at')} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position_at'))
      .orderBy('c.opened_at', 'desc')
      .orderBy('c.id', 'desc')
      // One row more than the page holds tells whether another page follows.
      .limit(page.limit + 1);
    const after = page.after;
    if (after) query = query.where((eb) => sql<SqlBool>`(${eb.ref('c.opened_at')}, ${eb.ref('c.id')}) < (${after.openedAt}::timestamptz, ${after.id}::uuid)`);
    const found = await run(this.tx.manager, query);
    const rows = found.slice(0, page.limit);
    const last = rows[rows.length - 1];
    return { cases: rows.map(toCase), ...(found.length > page.limit && last ? { next: { openedAt: last.position_at, id: last.id } } : {}) };
  }

  /** How many cases the list would hold at each stage (its stage filter aside); stages without any are absent. */
  async countByStage(scope: AccessScope, filter: Omit<CaseListFilter, 'stages'>): Promise<Partial<Record<CaseStage, number>>> {
    const found = await run(
      this.tx.manager,
      matching(scope, filter)
        .select(['c.stage', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('c.stage'),
    );
    return Object.fromEntries(found.map((r) => [r.stage, Number(r.n)]));
  }

  /**
   * The cases of these people reached through identifications in the police scope (unit or
   * region), one row per person and case; merged cases are left out (their victims moved on).
   */
  async progressOfVictims(scope: AccessScope, victimRefs: string[]): Promise<CaseProgress[]> {
    const filter = identificationFilter(scope);
    const found = await run(
      this.tx.manager,
      db
        .selectFrom('identifications as i')
        .innerJoin('cases as c', 'c.id', 'i.case_id')
        .innerJoin('offices as o', 'o.id', 'c.office_id')
        .distinctOn(['i.victim_ref', 'c.opened_at', 'c.id'])
        .select(['c.id', 'c.reference', 'i.victim_ref', 'c.office_id', 'o.name_fr', 'o.name_en', 'c.stage', 'c.stage_changed_at', 'c.opened_at'])
        // One array parameter, not one parameter per person: the list can be long.
        .where((eb) => sql<SqlBool>`${eb.ref('i.victim_ref')} = ANY(${victimRefs}::text[])`)
        .where('c.merged_into', 'is', null)
        .where(namedCondition(filter.sql, filter.params))
        .orderBy('i.victim_ref')
        .orderBy('c.opened_at')
        .orderBy('c.id'),
    );
    return found.map((r) => ({
      caseId: r.id,
      reference: r.reference,
      victimRef: r.victim_ref,
      officeId: r.office_id,
      officeName: { fr: r.name_fr, en: r.name_en },
      stage: r.stage,
      stageChangedAt: r.stage_changed_at,
      openedAt: r.opened_at,
    }));
  }

  /** Visible cases a person is linked to, merged ones left out (their victims moved on). */
  async ofVictim(scope: AccessScope, victimRef: string): Promise<CaseState[]> {
    const found = await run(
      this.tx.manager,
      db
        .selectFrom('cases as c')
        .select(CASE_COLUMNS)
        .where('c.merged_into', 'is', null)
        .where(inCaseScope(scope))
        .where(({ exists, selectFrom }) =>
          exists(selectFrom('identifications as i').select(sql`1`.as('one')).whereRef('i.case_id', '=', 'c.id').where('i.victim_ref', '=', victimRef)),
        )
        .orderBy('c.opened_at')
        .orderBy('c.id'),
    );
    return found.map(toCase);
  }

  /** Other visible, unmerged cases sharing a victim with this one: candidates for a merge. */
  async relatedIds(scope: AccessScope, caseId: string): Promise<string[]> {
    const found = await run(
      this.tx.manager,
      db
        .selectFrom('cases as c')
        .innerJoin('identifications as other', 'other.case_id', 'c.id')
        .innerJoin('identifications as mine', (join) => join.onRef('mine.victim_ref', '=', 'other.victim_ref').on('mine.case_id', '=', caseId))
        .select('c.id')
        .distinct()
        .where('c.id', '<>', caseId)
        .where('c.merged_into', 'is', null)
        .where(inCaseScope(scope))
        .orderBy('c.id'),
    );
    return found.map((r) => r.id);
  }

  /** What is in a case, to tell an untouched automatic case from one someone worked on. */
  async parts(caseId: string): Promise<{ identifications: number; defendants: number; hearings: number }> {
    const row = await runFirst(
      this.tx.manager,
      db.selectNoFrom((eb) => [
        eb.selectFrom('identifications').select(eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).as('identifications'),
        eb.selectFrom('defendants').select(eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).as('defendants'),
        eb.selectFrom('hearings').select(eb.fn.countAll<string>().as('n')).where('case_id', '=', caseId).as('hearings'),
      ]),
    );
    return { identifications: Number(row?.identifications), defendants: Number(row?.defendants), hearings: Number(row?.hearings) };
  }

  async recordStageChange(change: StageChangeRecord): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('stage_changes').values({
        case_id: change.caseId,
        from_stage: change.from,
        to_stage: change.to,
        at: change.at,
        decision_ref: change.decisionRef ?? null,
        note_sealed: change.noteSealed ?? null,
        recorded_by: change.recordedBy,
      }),
    );
  }

  async stageHistory(caseId: string): Promise<StageChangeRow[]> {
    return run(
      this.tx.manager,
      db.selectFrom('stage_changes').select(['from_stage', 'to_stage', 'at', 'decision_ref', 'note_sealed', 'recorded_at']).where('case_id', '=', caseId).orderBy('id'),
    );
  }

  async recordTransfer(caseId: string, fromOfficeId: string, toOfficeId: string, at: Date, recordedBy: string): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('case_transfers').values({ case_id: caseId, from_office_id: fromOfficeId, to_office_id: toOfficeId, at, recorded_by: recordedBy }),
    );
  }

  async transfers(caseId: string): Promise<TransferRow[]> {
    return run(this.tx.manager, db.selectFrom('case_transfers').select(['from_office_id', 'to_office_id', 'at']).where('case_id', '=', caseId).orderBy('id'));
  }
}

/** The cases of the scope that pass the list's filters: what the list pages through and the counts count. */
function matching(scope: AccessScope, filter: CaseListFilter) {
  let query = db.selectFrom('cases as c').where(inCaseScope(scope));
  if (filter.stages?.length) query = query.where('c.stage', 'in', filter.stages);
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  if (filter.region) query = query.where('c.region', '=', filter.region);
  if (filter.openedFrom) query = query.where('c.opened_at', '>=', filter.openedFrom);
  if (filter.openedBefore) query = query.where('c.opened_at', '<', filter.openedBefore);
  if (!filter.includeMerged) query = query.where('c.merged_into', 'is', null);
  return query;
}

/** The scope's condition on `cases c`, @relais/auth's SQL bound as parameters of the typed query. */
function inCaseScope(scope: AccessScope) {
  const filter = caseFilter(scope);
  return namedCondition(filter.sql, filter.params);
}

function toCase(row: CaseRow): CaseState {
  return {
    id: row.id,
    reference: row.reference,
    officeId: row.office_id,
    region: row.region,
    cercle: row.cercle,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    openedAt: row.opened_at,
    openedFrom: row.opened_from,
    mergedIntoCaseId: row.merged_into,
    version: row.version,
  };
}
