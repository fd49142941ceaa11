import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { CaseStage, CaseStageChanged } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { PersonalDataVault } from '@relais/vault';
import { changeStage } from '../domain/case';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts, caseSummary, CaseSummary } from './case-views';

export interface ChangeStageCommand {
  to: CaseStage;
  at: Date;
  decisionRef?: string;
  /** Free text: may name people, so it is sealed in the vault under the case's key. */
  note?: string;
  version: number;
}

/** Moves a case along the procedure, one legal step at a time, on the version the client saw. */
@Injectable()
export class ChangeCaseStage {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly defendants: DefendantRepository,
    private readonly identifications: IdentificationRepository,
    private readonly vault: PersonalDataVault,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, caseId: string, command: ChangeStageCommand): Promise<CaseSummary> {
    return this.tx.run(async (manager) => {
      const current = await this.cases.find(caseScope(principal), caseId, true);
      if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
      const next = changeStage(current, command, command.version, {
        defendantsAwaitingVerdict: current.stage === 'judgment' && command.to === 'final' ? await this.defendants.countAwaitingVerdict(caseId) : 0,
      });
      await this.cases.update(next);
      let noteSealed: Buffer | undefined;
      if (command.note) {
        await this.vault.createSubject(manager, caseId);
        noteSealed = await this.vault.seal(manager, caseId, command.note);
      }
      await this.cases.recordStageChange({
        caseId, from: current.stage, to: next.stage, at: command.at, decisionRef: command.decisionRef, noteSealed, recordedBy: principal.sub,
      });
      const links = await this.identifications.ofCases([caseId]);
      await this.outbox.emit(manager, CaseStageChanged, { ...caseFacts(next, links), from: current.stage, to: next.stage, at: command.at.toISOString() });
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'case.change-stage',
        resourceType: 'case',
        resourceId: caseId,
        outcome: 'success',
        details: { from: current.stage, to: next.stage, version: next.version },
      });
      return caseSummary(next, links);
    });
  }
}
