import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { ReferralRepository } from '../persistence/referral.repository';
import { referralScope } from './shared/access';
import { ReferralView, referralView } from './shared/views';

/**
 * A person's referrals: all of them for the coordinator, an agency's own for an agency involved.
 * An agency with none for this person gets 404, as for a person unknown: it learns nothing of
 * whether others help them.
 */
@Injectable()
export class ListVictimReferrals {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, victimRef: string): Promise<ReferralView[]> {
    return this.tx.run(async (manager) => {
      const referrals = await this.referrals.listForVictim(referralScope(principal), victimRef);
      if (!referrals.length) throw new ReferralException(ReferralErrorCode.VictimNotFound, { victimRef });
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'victim.referrals.read',
        resourceType: 'victim',
        resourceId: victimRef,
        outcome: 'success',
        details: { returned: referrals.map((r) => r.id) },
      });
      return referrals.map(referralView);
    });
  }
}
