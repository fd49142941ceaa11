import { Injectable } from '@nestjs/common';
import { EventDefinition } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { Referral } from '../../domain/referral';
import { AgencyRepository } from '../../persistence/agency.repository';
import { ReferralRepository } from '../../persistence/referral.repository';
import { ReferralView, referralView } from './views';

/** What the act says about itself: its event, and the audit record's action and details. */
export interface ActRecord<T extends object> {
  event: EventDefinition<T>;
  data: T;
  action: string;
  details: Record<string, unknown>;
}

/**
 * An agency's act on one of its referrals that may take or free a shelter's bed (accept, close).
 * Each subclass runs its step in `tx.run` and ends with `recorded`, so the event and the audit
 * record join the transaction that saved the referral, in the same order for every act.
 */
@Injectable()
export abstract class AgencyAct {
  constructor(
    protected readonly tx: TransactionHost,
    protected readonly referrals: ReferralRepository,
    protected readonly agencies: AgencyRepository,
    protected readonly outbox: Outbox,
    protected readonly audit: AuditTrail,
  ) {}

  /** The event in the outbox, then the audit record of the act on referral `id`; answers the new state. */
  protected async recorded<T extends object>(manager: EntityManager, principal: Principal, id: string, next: Referral, act: ActRecord<T>): Promise<ReferralView> {
    await this.outbox.emit(manager, act.event, act.data);
    await this.audit.append(manager, {
      actor: principal.sub,
      action: act.action,
      resourceType: 'referral',
      resourceId: id,
      outcome: 'success',
      details: act.details,
    });
    return referralView(next);
  }
}
