import { Injectable } from '@nestjs/common';
import { HearingKind } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { rows } from './sql';

export interface HearingRecord {
  id: string;
  caseId: string;
  at: Date;
  court: string;
  kind: HearingKind;
}

interface HearingRow {
  id: string;
  case_id: string;
  at: Date;
  court: string;
  kind: HearingKind;
}

@Injectable()
export class HearingRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(h: HearingRecord, recordedBy: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO hearings (id, case_id, at, court, kind, recorded_by) VALUES (:id, :caseId, :at, :court, :kind, :recordedBy)`,
      { ...h, recordedBy },
    );
  }

  /** Hearings of the cases, in date order; `from` keeps only those not yet held. */
  async ofCases(caseIds: string[], from?: Date): Promise<HearingRecord[]> {
    if (!caseIds.length) return [];
    const found = await rows<HearingRow>(
      this.tx.manager,
      `SELECT id, case_id, at, court, kind FROM hearings
        WHERE case_id IN (:...caseIds)${from ? ' AND at >= :from' : ''} ORDER BY at, id`,
      { caseIds, from },
    );
    return found.map((r) => ({ id: r.id, caseId: r.case_id, at: r.at, court: r.court, kind: r.kind }));
  }
}
