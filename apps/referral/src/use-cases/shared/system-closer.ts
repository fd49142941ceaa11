import { Injectable } from '@nestjs/common';
import { ReferralClosed } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { EntityManager } from 'typeorm';
import { closeBySystem, Referral, SystemOutcome } from '../../domain/referral';
import { AgencyRepository } from '../../persistence/agency.repository';
import { ReferralRepository } from '../../persistence/referral.repository';
import { closedEvent } from './referral-events';
import { SYSTEM_ACTOR } from './referral-router';

/** Closes a referral on the service's own authority (consent withdrawn, data erased), giving back any bed it held. */
@Injectable()
export class SystemCloser {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly agencies: AgencyRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  /** The referral must be locked by the caller. */
  async close(manager: EntityManager, referral: Referral, outcome: SystemOutcome, now: Date): Promise<Referral> {
    const closed = closeBySystem(referral, now, outcome);
    await this.referrals.update(closed, referral.version);
    if (referral.bedHeld) await this.agencies.returnBed(referral.agencyId, now);
    await this.outbox.emit(manager, ReferralClosed, closedEvent(closed));
    await this.audit.append(manager, {
      actor: SYSTEM_ACTOR,
      action: 'referral.close',
      resourceType: 'referral',
      resourceId: referral.id,
      outcome: 'success',
      details: { outcome, previousStatus: referral.status, bedReturned: referral.bedHeld },
    });
    return closed;
  }
}
