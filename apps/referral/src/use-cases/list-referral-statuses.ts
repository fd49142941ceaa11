import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, scopeLabel } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { ReferralRepository } from '../persistence/referral.repository';
import { referralStatusScope } from './shared/access';
import { ReferralStatusView, referralStatusView } from './shared/views';

/**
 * Where the referrals of a page of identifications stand, in one call: an officer sees those made
 * from their unit's identifications, a supervisor their region's, the coordinator all. A person
 * outside the scope simply has none listed, as a person unknown.
 */
@Injectable()
export class ListReferralStatuses {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, victimRefs: string[]): Promise<{ items: ReferralStatusView[] }> {
    return this.tx.run(async (manager) => {
      const scope = referralStatusScope(principal);
      const found = await this.referrals.progressOfVictims(scope, [...new Set(victimRefs)]);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.status.list',
        resourceType: 'referral',
        resourceId: scopeLabel(scope),
        outcome: 'success',
        details: { asked: victimRefs.length, returned: found.map((r) => r.id) },
      });
      return { items: found.map(referralStatusView) };
    });
  }
}
