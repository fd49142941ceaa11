import { Injectable } from '@nestjs/common';
import { PersonalDataErasedV1 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyErasure } from '../domain/identification';
import { EscalationRepository } from '../persistence/escalation.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { SYSTEM_ACTOR } from './shared/referral-router';
import { SystemCloser } from './shared/system-closer';

/**
 * `intake.personal-data-erased.v1`: every open referral of the person closes with outcome
 * `personalDataErased` (beds given back), caseworkers' and coordinators' free-text notes are wiped, and the
 * identifications are marked erased so that no later or redelivered event routes them again.
 */
@Injectable()
export class CloseOnErasure {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly referrals: ReferralRepository,
    private readonly closer: SystemCloser,
    private readonly audit: AuditTrail,
    private readonly escalations: EscalationRepository,
  ) {}

  execute(event: PersonalDataErasedV1, now = new Date()): Promise<string[]> {
    return this.tx.run(async (manager) => {
      // Sorted, so two transactions locking the same identifications always queue in the same order.
      const ids = [...new Set(event.identificationIds)].sort();
      for (const id of ids) {
        const before = await this.identifications.lockOrCreate(id, event.victimRef);
        await this.identifications.save(applyErasure(before, new Date(event.erasedAt)), now);
      }
      const closed: string[] = [];
      for (const referral of await this.referrals.openForUpdate(ids)) {
        await this.closer.close(manager, referral, 'personalDataErased', now);
        closed.push(referral.id);
      }
      const notesErased = (await this.referrals.eraseNotes(ids)) + (await this.escalations.eraseNotes(ids));
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'erasure.apply',
        resourceType: 'victim',
        resourceId: event.victimRef,
        outcome: 'success',
        details: { identificationIds: ids, closed, notesErased },
      });
      return closed;
    });
  }
}
