import { Injectable } from '@nestjs/common';
import { IdentificationCorrectedV1 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyCorrection } from '../domain/identification';
import { Referral } from '../domain/referral';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRouter, SYSTEM_ACTOR } from './shared/referral-router';

/**
 * `intake.identification-corrected.v1`: keep the newest facts; a need the correction adds is
 * routed. Referrals already made stay as they are: an agency at work is not pulled back by a
 * correction of the record (a caseworker closes the referral if it no longer fits).
 */
@Injectable()
export class ApplyCorrection {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly router: ReferralRouter,
    private readonly audit: AuditTrail,
  ) {}

  execute(event: IdentificationCorrectedV1, now = new Date()): Promise<Referral[]> {
    return this.tx.run(async (manager) => {
      const before = await this.identifications.lockOrCreate(event.identificationId, event.victimRef);
      const state = applyCorrection(before, event);
      await this.identifications.save(state, now);
      const made = await this.router.routeOutstanding(manager, state, now, SYSTEM_ACTOR);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'identification.correct',
        resourceType: 'identification',
        resourceId: event.identificationId,
        outcome: 'success',
        details: { applied: state !== before, changedFields: event.changedFields, referrals: made.map((r) => r.id) },
      });
      return made;
    });
  }
}
