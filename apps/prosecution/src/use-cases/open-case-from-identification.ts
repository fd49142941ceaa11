import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { CaseOpened, newReference, uuidv7, VictimIdentifiedV1 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { CaseState } from '../domain/case';
import { OfficeDirectory } from '../domain/office-directory';
import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { caseFacts, SYSTEM_ACTOR } from './case-views';

export type OpenOutcome = { opened: true; caseId: string; officeId: string } | { opened: false };

/**
 * Every identification reaches the competent prosecutor: a case is opened at the office of the
 * place of identification, in stage `reportReceived`. Each identification opens a case once,
 * however often it is delivered; cases concerning the same matter are merged by the prosecutor
 * (an automatic attachment could not be undone, a duplicate case can).
 */
@Injectable()
export class OpenCaseFromIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly directory: OfficeDirectory,
    private readonly cases: CaseRepository,
    private readonly identifications: IdentificationRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(identification: VictimIdentifiedV1, cause: { eventId: string }, now = new Date()): Promise<OpenOutcome> {
    return this.tx.run(async (manager) => {
      const office = this.directory.route(identification.region, identification.cercle);
      // The report exists from the identification on: decisions recorded later may go back to it.
      const reportedAt = new Date(Math.min(Date.parse(identification.identifiedAt), now.getTime()));
      const opened: CaseState = {
        id: uuidv7(),
        reference: newReference('C'),
        officeId: office.id,
        region: identification.region,
        cercle: identification.cercle ?? null,
        stage: 'reportReceived',
        stageChangedAt: reportedAt,
        openedAt: now,
        openedFrom: 'identification',
        mergedIntoCaseId: null,
        version: 1,
      };
      const link = {
        identificationId: identification.identificationId,
        caseId: opened.id,
        victimRef: identification.victimRef,
        region: identification.region,
        cercle: identification.cercle ?? null,
        identifiedAt: new Date(identification.identifiedAt),
        linkedAt: now,
      };
      // The identification is claimed first: a duplicate stops here, before any case exists.
      if (!(await this.identifications.claim(link, identification.unitId))) return { opened: false };
      await this.cases.insert(opened);
      await this.cases.recordStageChange({ caseId: opened.id, from: null, to: 'reportReceived', at: reportedAt, recordedBy: SYSTEM_ACTOR });
      const links = [{ ...link, erased: false }];
      await this.outbox.emit(manager, CaseOpened, {
        ...caseFacts(opened, links),
        identificationIds: [identification.identificationId],
        region: identification.region,
        openedAt: now.toISOString(),
        openedFrom: 'identification',
      });
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'case.open',
        resourceType: 'case',
        resourceId: opened.id,
        outcome: 'success',
        details: { officeId: office.id, identificationId: identification.identificationId, eventId: cause.eventId },
      });
      return { opened: true, caseId: opened.id, officeId: office.id };
    });
  }
}
