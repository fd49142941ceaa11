import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { transferTo } from '../domain/case';
import { OfficeDirectory } from '../domain/office-directory';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { caseScope } from '../persistence/scope';
import { CaseTransfers } from './case-transfers';
import { caseSummary, CaseSummary } from './case-views';

export interface TransferCommand {
  toOfficeId: string;
  version: number;
  /** When the transfer took effect; defaults to now. */
  at?: Date;
}

/**
 * Sends a case to another office (territorial incompetence, the specialised pole, the prosecutor
 * general on appeal). The office holding the case decides, or the coordinator; afterwards the
 * former office no longer sees it.
 */
@Injectable()
export class TransferCase {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly cases: CaseRepository,
    private readonly transfers: CaseTransfers,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, caseId: string, command: TransferCommand, now = new Date()): Promise<CaseSummary> {
    if (!this.directory.get(command.toOfficeId)) throw new ProsecutionException(Code.UnknownOffice, { officeId: command.toOfficeId });
    return this.tx.run(async (manager) => {
      const current = await this.cases.find(caseScope(principal), caseId, true);
      if (!current) throw new ProsecutionException(Code.CaseNotFound, { caseId });
      const next = transferTo(current, command.toOfficeId, command.version);
      const at = command.at ?? now;
      const links = await this.transfers.record(manager, current, next, at, principal.sub);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'case.transfer',
        resourceType: 'case',
        resourceId: caseId,
        outcome: 'success',
        details: { fromOfficeId: current.officeId, toOfficeId: next.officeId },
      });
      return caseSummary(next, links);
    });
  }
}
