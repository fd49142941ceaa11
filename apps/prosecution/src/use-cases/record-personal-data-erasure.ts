import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { PersonalDataErasedV1 } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { SYSTEM_ACTOR } from './case-views';

/**
 * Intake erased a person's details. This service never held them: cases know the person only by
 * victimRef, and that link stays, because the proceedings and their statistics outlive the
 * personal data. What changes: the case file shows the person's details are gone, no agency can
 * follow the person's case status any more, and the stage notes of a case whose victims are all
 * erased are wiped (they are sealed under the case's key, which erasure does not reach).
 */
@Injectable()
export class RecordPersonalDataErasure {
  constructor(
    private readonly tx: TransactionHost,
    private readonly access: ReferralAccessRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(event: PersonalDataErasedV1, cause: { eventId: string }): Promise<void> {
    return this.tx.run(async (manager) => {
      const first = await this.access.recordErasure(event.victimRef, new Date(event.erasedAt));
      const notesWipedInCases = await this.access.eraseNotesOfErasedCases(event.victimRef);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'victim.erasure-recorded',
        resourceType: 'victim',
        resourceId: event.victimRef,
        outcome: 'success',
        details: { identificationIds: event.identificationIds, alreadyRecorded: !first, eventId: cause.eventId, notesWipedInCases },
      });
    });
  }
}
