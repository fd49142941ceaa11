import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal, scopeLabel } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { Page, ReferralFilter, ReferralRepository, Slice } from '../persistence/referral.repository';
import { referralScope } from './shared/access';
import { ReferralView, referralView } from './shared/views';

/** An agency's inbox (its own referrals), or every referral for the coordinator; filtered, newest first, a page at a time. */
@Injectable()
export class ListReferrals {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, filter: ReferralFilter, page: Page): Promise<Slice<ReferralView>> {
    return this.tx.run(async (manager) => {
      const scope = referralScope(principal);
      const result = await this.referrals.list(scope, filter, page);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.list',
        resourceType: 'referral',
        resourceId: scopeLabel(scope),
        outcome: 'success',
        details: {
          status: filter.status ?? null,
          need: filter.need ?? null,
          agencyId: filter.agencyId ?? null,
          after: page.after?.id ?? null,
          returned: result.items.map((r) => r.id),
        },
      });
      return { ...result, items: result.items.map(referralView) };
    });
  }
}
