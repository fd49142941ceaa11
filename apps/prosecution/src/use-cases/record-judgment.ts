import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { CaseStageChanged, JudgmentOutcome, JudgmentRendered, uuidv7 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore, translate } from '@relais/platform';
import { assertNotMerged, CaseState, touched } from '../domain/case';
import { Instance, judgmentTransition, planVerdicts, VerdictInput } from '../domain/judgment';
import { OfficeDirectory } from '../domain/office-directory';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { SentenceWarning, StatutoryPenalties } from '../domain/statutory-penalties';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { JudgmentRepository } from '../persistence/judgment.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts } from './case-views';

export interface RecordJudgmentCommand {
  instance: Instance;
  renderedAt: Date;
  court?: string;
  decisionRef?: string;
  verdicts: VerdictInput[];
}

export interface WarningView extends SentenceWarning {
  defendantId: string;
  message: string;
}

export interface VerdictView {
  defendantId: string;
  outcome: JudgmentOutcome;
  chargeIds: string[];
  iccs: string[];
  sentenceMonths: number | null;
  fineFcfa: number | null;
  compensationFcfa: number | null;
}

export interface JudgmentView {
  id: string;
  caseId: string;
  instance: Instance;
  renderedAt: string;
  court: string;
  decisionRef: string | null;
  verdicts: VerdictView[];
  /** Sentences outside what the law sets: recorded as given, pointed out to the prosecutor. */
  warnings: WarningView[];
}

/**
 * Records a court's judgment, one verdict per defendant. The `judgment-rendered` event is what
 * statistics count as persons convicted or acquitted (sex, nationality, ICCS codes; no names).
 * A first-instance judgment recorded during the trial moves the case to `judgment`.
 */
@Injectable()
export class RecordJudgment {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly penalties: StatutoryPenalties,
    private readonly cases: CaseRepository,
    private readonly defendants: DefendantRepository,
    private readonly identifications: IdentificationRepository,
    private readonly judgments: JudgmentRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly idempotency: IdempotencyStore,
  ) {}

  execute(principal: Principal, caseId: string, command: RecordJudgmentCommand, idempotencyKey?: string): Promise<{ status: number; body: JudgmentView }> {
    return this.tx.run(async (manager) => {
      const work = () => this.record(principal, caseId, command);
      if (!idempotencyKey) return work();
      const result = await this.idempotency.execute(
        manager,
        { scope: 'prosecution:record-judgment', key: idempotencyKey, fingerprint: { sub: principal.sub, caseId, command } },
        work,
      );
      return { status: result.status, body: result.body };
    });
  }

  private async record(principal: Principal, caseId: string, command: RecordJudgmentCommand): Promise<{ status: number; body: JudgmentView }> {
    const manager = this.tx.manager;
    const current = await this.cases.find(caseScope(principal), caseId, true);
    if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
    assertNotMerged(current);
    const { advanceTo } = judgmentTransition(current, command.instance, command.renderedAt);
    const defendants = new Map((await this.defendants.ofCase(caseId)).map((d) => [d.id, d]));
    const planned = planVerdicts(command.instance, command.verdicts, defendants, this.penalties);

    const judgment = {
      id: uuidv7(),
      caseId,
      instance: command.instance,
      renderedAt: command.renderedAt,
      court: command.court ?? this.directory.get(current.officeId)?.court.fr ?? current.officeId,
      decisionRef: command.decisionRef ?? null,
      penaltiesVersion: this.penalties.version,
    };
    const verdicts = planned.map((p) => ({
      judgmentId: judgment.id,
      defendantId: p.defendant.id,
      instance: command.instance,
      outcome: p.outcome,
      chargeIds: p.charges.map((c) => c.id),
      sentenceMonths: p.sentenceMonths,
      fineFcfa: p.fineFcfa,
      compensationFcfa: p.compensationFcfa,
      warnings: p.warnings,
    }));
    await this.judgments.insert(judgment, verdicts, principal.sub);

    let next: CaseState = touched(current);
    const links = await this.identifications.ofCases([caseId]);
    if (advanceTo) {
      next = { ...next, stage: advanceTo, stageChangedAt: command.renderedAt };
      await this.cases.recordStageChange({
        caseId, from: current.stage, to: advanceTo, at: command.renderedAt, decisionRef: command.decisionRef, recordedBy: principal.sub,
      });
    }
    await this.cases.update(next);
    if (advanceTo) {
      await this.outbox.emit(manager, CaseStageChanged, { ...caseFacts(next, links), from: current.stage, to: advanceTo, at: command.renderedAt.toISOString() });
    }
    await this.outbox.emit(manager, JudgmentRendered, {
      ...caseFacts(next, links),
      judgmentId: judgment.id,
      renderedAt: command.renderedAt.toISOString(),
      instance: command.instance,
      defendants: planned.map((p) => ({
        defendantId: p.defendant.id,
        sex: p.defendant.sex,
        ...(p.defendant.nationality ? { nationality: p.defendant.nationality } : {}),
        charges: p.charges.map((c) => c.iccs),
        outcome: p.outcome,
        ...(p.sentenceMonths !== undefined ? { sentenceMonths: p.sentenceMonths } : {}),
        ...(p.fineFcfa !== undefined ? { fineFcfa: p.fineFcfa } : {}),
        ...(p.compensationFcfa !== undefined ? { compensationFcfa: p.compensationFcfa } : {}),
      })),
    });
    const warnings = planned.flatMap((p) => p.warnings.map((w) => ({ ...w, defendantId: p.defendant.id, message: translate(`warnings.${w.code}`, { ...w }) })));
    await this.audit.append(manager, {
      actor: principal.sub,
      action: 'judgment.record',
      resourceType: 'case',
      resourceId: caseId,
      outcome: 'success',
      details: {
        judgmentId: judgment.id,
        instance: command.instance,
        defendantIds: planned.map((p) => p.defendant.id),
        warnings: warnings.map((w) => w.code),
        ...(advanceTo ? { stage: advanceTo } : {}),
      },
    });
    return {
      status: 201,
      body: {
        id: judgment.id,
        caseId,
        instance: judgment.instance,
        renderedAt: judgment.renderedAt.toISOString(),
        court: judgment.court,
        decisionRef: judgment.decisionRef,
        verdicts: planned.map((p) => ({
          defendantId: p.defendant.id,
          outcome: p.outcome,
          chargeIds: p.charges.map((c) => c.id),
          iccs: p.charges.map((c) => c.iccs),
          sentenceMonths: p.sentenceMonths ?? null,
          fineFcfa: p.fineFcfa ?? null,
          compensationFcfa: p.compensationFcfa ?? null,
        })),
        warnings,
      },
    };
  }
}
