import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { ReferralAcceptedV1, ReferralClosedV1 } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { SYSTEM_ACTOR } from './case-views';

/**
 * Keeps track of which agencies accompany which person: an agency that accepted a referral may
 * follow the person's case status until the referral closes. Learnt from referral's events,
 * never asked of the referral service.
 */
@Injectable()
export class RecordReferralAccess {
  constructor(
    private readonly tx: TransactionHost,
    private readonly access: ReferralAccessRepository,
    private readonly audit: AuditTrail,
  ) {}

  accepted(event: ReferralAcceptedV1, cause: { eventId: string }): Promise<void> {
    return this.tx.run(async (manager) => {
      const granted = await this.access.recordAccepted(event, new Date(event.acceptedAt));
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'referral-access.grant',
        resourceType: 'victim',
        resourceId: event.victimRef,
        outcome: 'success',
        details: { referralId: event.referralId, agencyId: event.agencyId, effective: granted, eventId: cause.eventId },
      });
    });
  }

  closed(event: ReferralClosedV1, cause: { eventId: string }): Promise<void> {
    return this.tx.run(async (manager) => {
      await this.access.recordClosed(event, new Date(event.closedAt));
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'referral-access.revoke',
        resourceType: 'victim',
        resourceId: event.victimRef,
        outcome: 'success',
        details: { referralId: event.referralId, agencyId: event.agencyId, eventId: cause.eventId },
      });
    });
  }
}
