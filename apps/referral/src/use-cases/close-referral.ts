import { Injectable } from '@nestjs/common';
import { ReferralClosed } from '@relais/contracts';
import { Principal } from '@relais/auth';
import { AgencyOutcome, close } from '../domain/referral';
import { referralToActOn } from './shared/access';
import { AgencyAct } from './shared/agency-act';
import { closedEvent } from './shared/referral-events';
import { ReferralView } from './shared/views';

export interface CloseCommand {
  version: number;
  outcome: AgencyOutcome;
  /** The service given, in the caseworker's words: stays in this service. */
  note: string | null;
}

/** The agency is done with the person; a shelter's bed becomes free again. */
@Injectable()
export class CloseReferral extends AgencyAct {
  execute(principal: Principal, id: string, command: CloseCommand, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const referral = await referralToActOn(this.referrals, principal, id);
      const next = close(referral, command.version, now, command.outcome, command.note);
      await this.referrals.update(next, referral.version);
      if (referral.bedHeld) await this.agencies.returnBed(referral.agencyId, now);
      return this.recorded(manager, principal, id, next, {
        event: ReferralClosed,
        data: closedEvent(next),
        action: 'referral.close',
        details: { agencyId: referral.agencyId, version: next.version, outcome: command.outcome, bedReturned: referral.bedHeld },
      });
    });
  }
}
