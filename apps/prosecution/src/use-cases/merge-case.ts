import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { CaseMerged, VictimLinked } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { mergeInto } from '../domain/case';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts, caseSummary, CaseSummary } from './case-views';

export interface MergeCommand {
  intoCaseId: string;
  version: number;
}

/**
 * Joinder of proceedings: the case is closed into another, which takes over its victims and its
 * defendants (with their charges). Its history (stages, hearings) stays where it happened. A
 * prosecutor merges within their office, since they must see both cases; the coordinator, who
 * sees every case, merges across offices.
 */
@Injectable()
export class MergeCase {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly defendants: DefendantRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, caseId: string, command: MergeCommand, now = new Date()): Promise<CaseSummary> {
    return this.tx.run(async (manager) => {
      const locked = await this.cases.lockAll(caseScope(principal), [...new Set([caseId, command.intoCaseId])]);
      const source = locked.get(caseId);
      if (!source) throw new ProsecutionException(Code.CaseNotFound, { caseId });
      const target = locked.get(command.intoCaseId);
      if (!target) throw new ProsecutionException(Code.CaseNotFound, { caseId: command.intoCaseId });
      const merged = mergeInto(source, target, command.version);

      const sourceLinks = await this.identifications.ofCases([caseId]);
      await this.cases.update(merged.source, now);
      await this.cases.update(merged.target);
      const moved = await this.identifications.moveAll(caseId, target.id, now);
      const defendantsMoved = await this.defendants.moveAll(caseId, target.id);
      const targetLinks = await this.identifications.ofCases([target.id]);

      await this.outbox.emit(manager, CaseMerged, { ...caseFacts(source, sourceLinks), intoCaseId: target.id, mergedAt: now.toISOString() });
      // The surviving case's followers (victims' caseworkers, statistics) learn of each victim it gained.
      for (const link of moved) {
        await this.outbox.emit(manager, VictimLinked, {
          ...caseFacts(merged.target, targetLinks),
          victimRef: link.victimRef,
          identificationId: link.identificationId,
          linkedAt: now.toISOString(),
        });
      }
      for (const [id, role] of [[caseId, 'merged'], [target.id, 'absorbed']] as const) {
        await this.audit.append(manager, {
          actor: principal.sub,
          action: role === 'merged' ? 'case.merge' : 'case.absorb',
          resourceType: 'case',
          resourceId: id,
          outcome: 'success',
          details: { mergedCaseId: caseId, intoCaseId: target.id, identificationsMoved: moved.length, defendantsMoved },
        });
      }
      return caseSummary(merged.source, sourceLinks);
    });
  }
}
