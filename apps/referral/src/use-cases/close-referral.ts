import { Injectable } from '@nestjs/common';
import { ReferralClosed } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { AgencyOutcome, close } from '../domain/referral';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { referralToActOn } from './shared/access';
import { closedEvent } from './shared/referral-events';
import { ReferralView, referralView } from './shared/views';

export interface CloseCommand {
  version: number;
  outcome: AgencyOutcome;
  /** The service given, in the caseworker's words: stays in this service. */
  note: string | null;
}

/** The agency is done with the person; a shelter's bed becomes free again. */
@Injectable()
export class CloseReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly agencies: AgencyRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, command: CloseCommand, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const referral = await referralToActOn(this.referrals, principal, id);
      const next = close(referral, command.version, now, command.outcome, command.note);
      await this.referrals.update(next, referral.version);
      if (referral.bedHeld) await this.agencies.returnBed(referral.agencyId, now);
      await this.outbox.emit(manager, ReferralClosed, closedEvent(next));
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.close',
        resourceType: 'referral',
        resourceId: id,
        outcome: 'success',
        details: { agencyId: referral.agencyId, version: next.version, outcome: command.outcome, bedReturned: referral.bedHeld },
      });
      return referralView(next);
    });
  }
}
