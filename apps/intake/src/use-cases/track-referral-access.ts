import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { applyReferralFact, ReferralFact, ReferralGrant, referralGrantsAccess } from '../domain/grants';
import { AccessGrantRepository } from '../persistence/access-grant.repository';

export const SYSTEM_ACTOR = 'system:intake';

/**
 * An agency may read a person's details while its referral for them is accepted: intake learns
 * it from the referral service's events and keeps, per referral, the latest acceptance and
 * closure, so the outcome is the same in whatever order they arrive.
 */
@Injectable()
export class TrackReferralAccess {
  constructor(
    private readonly tx: TransactionHost,
    private readonly grants: AccessGrantRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(ids: Pick<ReferralGrant, 'referralId' | 'victimRef' | 'agencyId'>, fact: ReferralFact): Promise<void> {
    return this.tx.run(async (manager) => {
      const before = await this.grants.referralForUpdate(ids.referralId);
      const after = applyReferralFact(before, ids, fact);
      await this.grants.saveReferral(after);
      const had = before !== undefined && referralGrantsAccess(before);
      const has = referralGrantsAccess(after);
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: has === had ? 'access.unchanged' : has ? 'access.grant' : 'access.revoke',
        resourceType: 'person',
        resourceId: after.victimRef,
        outcome: 'success',
        details: { via: 'referral', referralId: ids.referralId, agencyId: after.agencyId, fact: fact.kind, at: fact.at },
      });
    });
  }
}
