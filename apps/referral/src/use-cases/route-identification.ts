import { Injectable } from '@nestjs/common';
import { VictimIdentifiedV1 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { Referral } from '../domain/referral';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRouter, SYSTEM_ACTOR } from './shared/referral-router';

/**
 * `intake.victim-identified.v1`: remember the identification's coarse facts and route every need
 * consent allows (a child always to child protection). A redelivery or a duplicate of the event
 * finds its needs already handled and makes nothing new.
 */
@Injectable()
export class RouteIdentification {
  constructor(
    private readonly tx: TransactionHost,
    private readonly identifications: IdentificationRepository,
    private readonly router: ReferralRouter,
    private readonly audit: AuditTrail,
  ) {}

  execute(event: VictimIdentifiedV1, now = new Date()): Promise<Referral[]> {
    return this.tx.run(async (manager) => {
      // Creates or merges the row under its lock in one statement (applyIdentified's rules, in SQL).
      const state = await this.identifications.recordIdentified(event, now);
      const made = await this.router.routeOutstanding(manager, state, now, SYSTEM_ACTOR);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'identification.record',
        resourceType: 'identification',
        resourceId: event.identificationId,
        outcome: 'success',
        details: { referrals: made.map((r) => r.id) },
      });
      return made;
    });
  }
}
