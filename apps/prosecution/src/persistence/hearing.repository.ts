import { Injectable } from '@nestjs/common';
import { HearingKind } from '@relais/contracts';
import { run, TransactionHost, typedSql } from '@relais/persistence';
import { DB } from './schema.generated';

/** Typed SQL against the generated schema (docs/ENGINEERING.md, "Typed SQL"). */
const db = typedSql<DB>();

export interface HearingRecord {
  id: string;
  caseId: string;
  at: Date;
  court: string;
  kind: HearingKind;
}

@Injectable()
export class HearingRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(h: HearingRecord, recordedBy: string): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('hearings').values({ id: h.id, case_id: h.caseId, at: h.at, court: h.court, kind: h.kind, recorded_by: recordedBy }),
    );
  }

  /** Hearings of the cases, in date order; `from` keeps only those not yet held. */
  async ofCases(caseIds: string[], from?: Date): Promise<HearingRecord[]> {
    if (!caseIds.length) return [];
    let query = db.selectFrom('hearings').select(['id', 'case_id', 'at', 'court', 'kind']).where('case_id', 'in', caseIds);
    if (from) query = query.where('at', '>=', from);
    const found = await run(this.tx.manager, query.orderBy('at').orderBy('id'));
    return found.map((r) => ({ id: r.id, caseId: r.case_id, at: r.at, court: r.court, kind: r.kind }));
  }
}
