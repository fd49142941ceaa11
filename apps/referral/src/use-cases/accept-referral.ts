import { Injectable } from '@nestjs/common';
import { ReferralAccepted } from '@relais/contracts';
import { Principal } from '@relais/auth';
import { takesBed } from '../domain/agency';
import { accept } from '../domain/referral';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { referralToActOn } from './shared/access';
import { AgencyAct } from './shared/agency-act';
import { acceptedEvent } from './shared/referral-events';
import { ReferralView } from './shared/views';

/**
 * The agency takes the person on. For a shelter this takes a bed, in the same transaction: with
 * no bed free the acceptance is refused (409 NO_BED_AVAILABLE) and the agency declines instead,
 * which re-routes the need to another shelter.
 */
@Injectable()
export class AcceptReferral extends AgencyAct {
  execute(principal: Principal, id: string, version: number, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const referral = await referralToActOn(this.referrals, principal, id);
      const agency = await this.agencies.find(referral.agencyId);
      const needsBed = agency !== null && takesBed(agency, referral.need);
      // The transition is checked before the bed is touched: a stale or illegal request changes nothing.
      const next = accept(referral, version, now, needsBed);
      if (needsBed && !(await this.agencies.takeBed(referral.agencyId, now))) {
        throw new ReferralException(ReferralErrorCode.NoBedAvailable, { id, agencyId: referral.agencyId });
      }
      await this.referrals.update(next, referral.version);
      return this.recorded(manager, principal, id, next, {
        event: ReferralAccepted,
        data: acceptedEvent(next),
        action: 'referral.accept',
        details: { agencyId: referral.agencyId, version: next.version, bedTaken: needsBed },
      });
    });
  }
}
