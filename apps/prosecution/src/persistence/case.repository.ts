import { Injectable } from '@nestjs/common';
import { AccessScope } from '@relais/auth';
import { CaseStage, Region } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { CaseState, OpenedFrom } from '../domain/case';
import { caseFilter, identificationFilter } from './scope';
import { affected, firstRow, rows } from './sql';

interface CaseRow {
  id: string;
  reference: string;
  office_id: string;
  region: Region;
  cercle: string | null;
  stage: CaseStage;
  stage_changed_at: Date;
  opened_at: Date;
  opened_from: OpenedFrom;
  merged_into: string | null;
  version: number;
}

const COLUMNS = `c.id, c.reference, c.office_id, c.region, c.cercle, c.stage, c.stage_changed_at, c.opened_at, c.opened_from, c.merged_into, c.version`;

export interface CaseListFilter {
  stages?: CaseStage[];
  officeId?: string;
  region?: Region;
  openedFrom?: Date;
  /** Exclusive upper bound. */
  openedBefore?: Date;
  includeMerged: boolean;
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

interface ProgressRow {
  id: string;
  reference: string;
  victim_ref: string;
  office_id: string;
  name_fr: string;
  name_en: string;
  stage: CaseStage;
  stage_changed_at: Date;
  opened_at: Date;
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

export interface StageChangeRow {
  from_stage: CaseStage | null;
  to_stage: CaseStage;
  at: Date;
  decision_ref: string | null;
  note_sealed: Buffer | null;
  recorded_at: Date;
}

export interface TransferRow {
  from_office_id: string;
  to_office_id: string;
  at: Date;
}

/** Cases, their stage history and transfers. Every read a user triggers is confined to their scope. */
@Injectable()
export class CaseRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(c: CaseState): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO cases (id, reference, office_id, region, cercle, stage, stage_changed_at, opened_at, opened_from, version)
       VALUES (:id, :reference, :officeId, :region, :cercle, :stage, :stageChangedAt, :openedAt, :openedFrom, :version)`,
      { ...c },
    );
  }

  /** Writes a changed case; the version it replaces must still be the stored one. */
  async update(c: CaseState, mergedAt?: Date): Promise<void> {
    const count = await affected(
      this.tx.manager,
      `UPDATE cases SET office_id = :officeId, region = :region, cercle = :cercle, stage = :stage, stage_changed_at = :stageChangedAt, merged_into = :mergedIntoCaseId,
              merged_at = COALESCE(merged_at, :mergedAt), version = :version, updated_at = now()
        WHERE id = :id AND version = :previous`,
      { ...c, mergedAt: c.mergedIntoCaseId ? (mergedAt ?? new Date()) : null, previous: c.version - 1 },
    );
    // Callers hold the row lock, so this means a use case skipped it: fail loudly, never overwrite.
    if (count !== 1) throw new Error(`case ${c.id} was not at version ${c.version - 1}`);
  }

  /** The case if the scope lets the caller see it; `lock` holds it until the transaction ends. */
  async find(scope: AccessScope, id: string, lock = false): Promise<CaseState | undefined> {
    const filter = caseFilter(scope);
    const row = await firstRow<CaseRow>(
      this.tx.manager,
      `SELECT ${COLUMNS} FROM cases c WHERE c.id = :id AND ${filter.sql}${lock ? ' FOR UPDATE' : ''}`,
      { id, ...filter.params },
    );
    return row && toCase(row);
  }

  /** Locks several visible cases in id order, so two requests locking the same pair cannot deadlock. */
  async lockAll(scope: AccessScope, ids: string[]): Promise<Map<string, CaseState>> {
    const filter = caseFilter(scope);
    const found = await rows<CaseRow>(
      this.tx.manager,
      `SELECT ${COLUMNS} FROM cases c WHERE c.id IN (:...ids) AND ${filter.sql} ORDER BY c.id FOR UPDATE`,
      { ids, ...filter.params },
    );
    return new Map(found.map((r) => [r.id, toCase(r)]));
  }

  async list(scope: AccessScope, filter: CaseListFilter, limit: number, offset: number): Promise<{ cases: CaseState[]; total: number }> {
    const scoped = caseFilter(scope);
    const where = [scoped.sql];
    const params: Record<string, unknown> = { ...scoped.params, limit, offset };
    const add = (condition: string, name: string, value: unknown) => {
      where.push(condition);
      params[name] = value;
    };
    if (filter.stages?.length) add('c.stage IN (:...stages)', 'stages', filter.stages);
    if (filter.officeId) add('c.office_id = :officeId', 'officeId', filter.officeId);
    if (filter.region) add('c.region = :region', 'region', filter.region);
    if (filter.openedFrom) add('c.opened_at >= :openedFrom', 'openedFrom', filter.openedFrom);
    if (filter.openedBefore) add('c.opened_at < :openedBefore', 'openedBefore', filter.openedBefore);
    if (!filter.includeMerged) where.push('c.merged_into IS NULL');
    const found = await rows<CaseRow & { total: string }>(
      this.tx.manager,
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM cases c WHERE ${where.join(' AND ')}
        ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit OFFSET :offset`,
      params,
    );
    // Past the last page the window count is unavailable; count separately so the total stays right.
    const total = found.length
      ? Number(found[0].total)
      : Number((await firstRow<{ n: string }>(this.tx.manager, `SELECT count(*) AS n FROM cases c WHERE ${where.join(' AND ')}`, params))?.n ?? 0);
    return { cases: found.map(toCase), total };
  }

  /**
   * The cases of these people reached through identifications in the police scope (unit or
   * region), one row per person and case; merged cases are left out (their victims moved on).
   */
  async progressOfVictims(scope: AccessScope, victimRefs: string[]): Promise<CaseProgress[]> {
    const filter = identificationFilter(scope);
    const found = await rows<ProgressRow>(
      this.tx.manager,
      `SELECT DISTINCT ON (i.victim_ref, c.opened_at, c.id)
              c.id, c.reference, i.victim_ref, c.office_id, o.name_fr, o.name_en, c.stage, c.stage_changed_at, c.opened_at
         FROM identifications i
         JOIN cases c ON c.id = i.case_id
         JOIN offices o ON o.id = c.office_id
        WHERE i.victim_ref = ANY(:victimRefs::text[]) AND c.merged_into IS NULL AND (${filter.sql})
        ORDER BY i.victim_ref, c.opened_at, c.id`,
      { victimRefs, ...filter.params },
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
    const filter = caseFilter(scope);
    const found = await rows<CaseRow>(
      this.tx.manager,
      `SELECT ${COLUMNS} FROM cases c
        WHERE c.merged_into IS NULL AND ${filter.sql}
          AND EXISTS (SELECT 1 FROM identifications i WHERE i.case_id = c.id AND i.victim_ref = :victimRef)
        ORDER BY c.opened_at, c.id`,
      { victimRef, ...filter.params },
    );
    return found.map(toCase);
  }

  /** Other visible, unmerged cases sharing a victim with this one: candidates for a merge. */
  async relatedIds(scope: AccessScope, caseId: string): Promise<string[]> {
    const filter = caseFilter(scope);
    const found = await rows<{ id: string }>(
      this.tx.manager,
      `SELECT DISTINCT c.id FROM cases c
         JOIN identifications other ON other.case_id = c.id
         JOIN identifications mine ON mine.victim_ref = other.victim_ref AND mine.case_id = :caseId
        WHERE c.id <> :caseId AND c.merged_into IS NULL AND ${filter.sql}
        ORDER BY c.id`,
      { caseId, ...filter.params },
    );
    return found.map((r) => r.id);
  }

  /** What is in a case, to tell an untouched automatic case from one someone worked on. */
  async parts(caseId: string): Promise<{ identifications: number; defendants: number; hearings: number }> {
    const row = await firstRow<{ identifications: string; defendants: string; hearings: string }>(
      this.tx.manager,
      `SELECT (SELECT count(*) FROM identifications WHERE case_id = :caseId) AS identifications,
              (SELECT count(*) FROM defendants WHERE case_id = :caseId) AS defendants,
              (SELECT count(*) FROM hearings WHERE case_id = :caseId) AS hearings`,
      { caseId },
    );
    return { identifications: Number(row?.identifications), defendants: Number(row?.defendants), hearings: Number(row?.hearings) };
  }

  async recordStageChange(change: StageChangeRecord): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO stage_changes (case_id, from_stage, to_stage, at, decision_ref, note_sealed, recorded_by)
       VALUES (:caseId, :from, :to, :at, :decisionRef, :noteSealed, :recordedBy)`,
      { ...change, decisionRef: change.decisionRef ?? null, noteSealed: change.noteSealed ?? null },
    );
  }

  async stageHistory(caseId: string): Promise<StageChangeRow[]> {
    return rows<StageChangeRow>(
      this.tx.manager,
      `SELECT from_stage, to_stage, at, decision_ref, note_sealed, recorded_at FROM stage_changes WHERE case_id = :caseId ORDER BY id`,
      { caseId },
    );
  }

  async recordTransfer(caseId: string, fromOfficeId: string, toOfficeId: string, at: Date, recordedBy: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO case_transfers (case_id, from_office_id, to_office_id, at, recorded_by) VALUES (:caseId, :fromOfficeId, :toOfficeId, :at, :recordedBy)`,
      { caseId, fromOfficeId, toOfficeId, at, recordedBy },
    );
  }

  async transfers(caseId: string): Promise<TransferRow[]> {
    return rows<TransferRow>(
      this.tx.manager,
      `SELECT from_office_id, to_office_id, at FROM case_transfers WHERE case_id = :caseId ORDER BY id`,
      { caseId },
    );
  }
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
