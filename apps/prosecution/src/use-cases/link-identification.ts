import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { CaseMerged, VictimLinked } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { assertOpenForWork, isUntouchedSingleIdentificationCase, mergeInto } from '../domain/case';
import { ProsecutionErrorCode as Code, ProsecutionException } from '../domain/prosecution-error';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseScope } from '../persistence/scope';
import { caseFacts, caseSummary, CaseSummary } from './case-views';

/**
 * Links a further identification (another victim of the same matter) to a case. Every
 * identification already opened a case of its own when it arrived; if that case was never
 * worked on, linking absorbs it (it is closed as merged into this one). A case someone worked on
 * is not taken apart: the answer says to merge the cases instead. Linking an identification the
 * case already has changes nothing, so a retried request is harmless.
 */
@Injectable()
export class LinkIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, caseId: string, identificationId: string, now = new Date()): Promise<CaseSummary> {
    return this.tx.run(async (manager) => {
      const scope = caseScope(principal);
      const link = await this.identifications.find(identificationId);
      if (!link) throw new ProsecutionException(Code.IdentificationNotFound, { identificationId });
      // Cases are locked before anything moves between them (as merges do), so the two cannot deadlock;
      // an identification moved by someone else meanwhile is a conflict to re-read, not to guess at.
      const locked = await this.cases.lockAll(scope, [...new Set([caseId, link.caseId])]);
      if ((await this.identifications.find(identificationId))?.caseId !== link.caseId) {
        throw new ProsecutionException(Code.IdentificationAlreadyLinked, { identificationId });
      }
      const target = locked.get(caseId);
      if (!target) throw new ProsecutionException(Code.CaseNotFound, { caseId });
      if (link.caseId === caseId) return caseSummary(target, await this.identifications.ofCases([caseId]));
      assertOpenForWork(target);

      const source = locked.get(link.caseId);
      // A case the caller cannot see is not named: its existence elsewhere is not theirs to learn.
      if (!source) throw new ProsecutionException(Code.IdentificationAlreadyLinked, { identificationId });
      if (!isUntouchedSingleIdentificationCase(source, await this.cases.parts(source.id))) {
        throw new ProsecutionException(Code.IdentificationAlreadyLinked, { identificationId, caseId: source.id });
      }
      const sourceLinks = await this.identifications.ofCases([source.id]);
      const merged = mergeInto(source, target, source.version);
      await this.cases.update(merged.source, now);
      await this.cases.update(merged.target);
      await this.identifications.relink(identificationId, caseId, now);
      const links = await this.identifications.ofCases([caseId]);

      await this.outbox.emit(manager, CaseMerged, { ...caseFacts(source, sourceLinks), intoCaseId: caseId, mergedAt: now.toISOString() });
      await this.outbox.emit(manager, VictimLinked, {
        ...caseFacts(merged.target, links),
        victimRef: link.victimRef,
        identificationId,
        linkedAt: now.toISOString(),
      });
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'case.link-identification',
        resourceType: 'case',
        resourceId: caseId,
        outcome: 'success',
        details: { identificationId, absorbedCaseId: source.id },
      });
      return caseSummary(merged.target, links);
    });
  }
}
