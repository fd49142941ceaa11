import { Injectable } from '@nestjs/common';
import { JudgmentOutcome } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { Instance } from '../domain/judgment';
import { SentenceWarning } from '../domain/statutory-penalties';
import { rows, toNumber } from './sql';

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

interface JudgmentRow {
  id: string;
  case_id: string;
  instance: Instance;
  rendered_at: Date;
  court: string;
  decision_ref: string | null;
  penalties_version: string;
}

interface VerdictRow {
  judgment_id: string;
  defendant_id: string;
  instance: Instance;
  outcome: JudgmentOutcome;
  charge_ids: string[];
  sentence_months: number | null;
  fine_fcfa: string | null;
  compensation_fcfa: string | null;
  warnings: SentenceWarning[];
}

@Injectable()
export class JudgmentRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(judgment: JudgmentRecord, verdicts: VerdictRecord[], recordedBy: string): Promise<void> {
    await rows(
      this.tx.manager,
      `INSERT INTO judgments (id, case_id, instance, rendered_at, court, decision_ref, penalties_version, recorded_by)
       VALUES (:id, :caseId, :instance, :renderedAt, :court, :decisionRef, :penaltiesVersion, :recordedBy)`,
      { ...judgment, recordedBy },
    );
    for (const v of verdicts) {
      await rows(
        this.tx.manager,
        `INSERT INTO verdicts (judgment_id, defendant_id, instance, outcome, charge_ids, sentence_months, fine_fcfa, compensation_fcfa, warnings)
         VALUES (:judgmentId, :defendantId, :instance, :outcome, :chargeIds, :sentenceMonths, :fineFcfa, :compensationFcfa, :warnings)`,
        {
          ...v,
          sentenceMonths: v.sentenceMonths ?? null,
          fineFcfa: v.fineFcfa ?? null,
          compensationFcfa: v.compensationFcfa ?? null,
          warnings: JSON.stringify(v.warnings),
        },
      );
    }
  }

  async ofCase(caseId: string): Promise<JudgmentWithVerdicts[]> {
    const judgments = await rows<JudgmentRow>(
      this.tx.manager,
      `SELECT id, case_id, instance, rendered_at, court, decision_ref, penalties_version FROM judgments WHERE case_id = :caseId ORDER BY rendered_at, id`,
      { caseId },
    );
    if (!judgments.length) return [];
    const verdicts = await rows<VerdictRow>(
      this.tx.manager,
      `SELECT judgment_id, defendant_id, instance, outcome, charge_ids, sentence_months, fine_fcfa, compensation_fcfa, warnings
         FROM verdicts WHERE judgment_id IN (:...ids) ORDER BY defendant_id`,
      { ids: judgments.map((j) => j.id) },
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
