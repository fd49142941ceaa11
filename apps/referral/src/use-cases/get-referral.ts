import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { ReferralRepository } from '../persistence/referral.repository';
import { referralScope } from './shared/access';
import { ReferralView, referralView } from './shared/views';

/** One referral, if the caller may see it; another agency's is "not found". The read is audited. */
@Injectable()
export class GetReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const referral = await this.referrals.findScoped(referralScope(principal), id);
      if (!referral) throw new ReferralException(ReferralErrorCode.ReferralNotFound, { id });
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.read',
        resourceType: 'referral',
        resourceId: id,
        outcome: 'success',
        details: { agencyId: referral.agencyId },
      });
      return referralView(referral);
    });
  }
}
