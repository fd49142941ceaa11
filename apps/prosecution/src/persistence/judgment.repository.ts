import { Injectable } from '@nestjs/common';
import { JudgmentOutcome } from '@relais/contracts';
import { run, TransactionHost, typedSql } from '@relais/persistence';
import { Selectable } from 'kysely';
import { Instance } from '../domain/judgment';
import { SentenceWarning } from '../domain/statutory-penalties';
import { DB } from './schema.generated';
import { toNumber } from './sql';

/** Typed SQL against the generated schema (docs/ENGINEERING.md, "Typed SQL"). */
const db = typedSql<DB>();

export interface JudgmentRecord {
  id: string;
  caseId: string;
  instance: Instance;
  renderedAt: Date;
  court: string;
  decisionRef: string | null;
  penaltiesVersion: string;
}

export interface VerdictRecord {
  judgmentId: string;
  defendantId: string;
  instance: Instance;
  outcome: JudgmentOutcome;
  chargeIds: string[];
  sentenceMonths?: number;
  fineFcfa?: number;
  compensationFcfa?: number;
  warnings: SentenceWarning[];
}

export interface JudgmentWithVerdicts extends JudgmentRecord {
  verdicts: VerdictRecord[];
}

type VerdictRow = Selectable<DB['verdicts']>;

@Injectable()
export class JudgmentRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(judgment: JudgmentRecord, verdicts: VerdictRecord[], recordedBy: string): Promise<void> {
    await run(
      this.tx.manager,
      db.insertInto('judgments').values({
        id: judgment.id,
        case_id: judgment.caseId,
        instance: judgment.instance,
        rendered_at: judgment.renderedAt,
        court: judgment.court,
        decision_ref: judgment.decisionRef,
        penalties_version: judgment.penaltiesVersion,
        recorded_by: recordedBy,
      }),
    );
    if (!verdicts.length) return;
    await run(
      this.tx.manager,
      db.insertInto('verdicts').values(
        verdicts.map((v) => ({
          judgment_id: v.judgmentId,
          defendant_id: v.defendantId,
          instance: v.instance,
          outcome: v.outcome,
          charge_ids: v.chargeIds,
          sentence_months: v.sentenceMonths ?? null,
          fine_fcfa: v.fineFcfa ?? null,
          compensation_fcfa: v.compensationFcfa ?? null,
          warnings: JSON.stringify(v.warnings),
        })),
      ),
    );
  }

  async ofCase(caseId: string): Promise<JudgmentWithVerdicts[]> {
    const judgments = await run(
      this.tx.manager,
      db
        .selectFrom('judgments')
        .select(['id', 'case_id', 'instance', 'rendered_at', 'court', 'decision_ref', 'penalties_version'])
        .where('case_id', '=', caseId)
        .orderBy('rendered_at')
        .orderBy('id'),
    );
    if (!judgments.length) return [];
    const verdicts = await run(
      this.tx.manager,
      db
        .selectFrom('verdicts')
        .select(['judgment_id', 'defendant_id', 'instance', 'outcome', 'charge_ids', 'sentence_months', 'fine_fcfa', 'compensation_fcfa', 'warnings'])
        .where('judgment_id', 'in', judgments.map((j) => j.id))
        .orderBy('defendant_id'),
    );
    return judgments.map((j) => ({
      id: j.id,
      caseId: j.case_id,
      instance: j.instance,
      renderedAt: j.rendered_at,
      court: j.court,
      decisionRef: j.decision_ref,
      penaltiesVersion: j.penalties_version,
      verdicts: verdicts.filter((v) => v.judgment_id === j.id).map(toVerdict),
    }));
  }
}

function toVerdict(row: VerdictRow): VerdictRecord {
  return {
    judgmentId: row.judgment_id,
    defendantId: row.defendant_id,
    instance: row.instance,
    outcome: row.outcome,
    chargeIds: row.charge_ids,
    sentenceMonths: row.sentence_months ?? undefined,
    fineFcfa: toNumber(row.fine_fcfa),
    compensationFcfa: toNumber(row.compensation_fcfa),
    warnings: row.warnings,
  };
}
