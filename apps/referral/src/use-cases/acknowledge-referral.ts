import { Injectable } from '@nestjs/common';
import { ReferralAcknowledged } from '@relais/contracts';
import { AuditTrail, Principal } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { acknowledge } from '../domain/referral';
import { deadlineMinutes } from '../domain/routing-rules';
import { ReferralRepository } from '../persistence/referral.repository';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { referralToActOn } from './shared/access';
import { acknowledgedEvent } from './shared/referral-events';
import { ReferralView, referralView } from './shared/views';

/** The agency says it has the referral; the deadline to accept (or decline) starts now. */
@Injectable()
export class AcknowledgeReferral {
  constructor(
    private readonly tx: TransactionHost,
    private readonly referrals: ReferralRepository,
    private readonly rules: RoutingRulesRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  execute(principal: Principal, id: string, version: number, now = new Date()): Promise<ReferralView> {
    return this.tx.run(async (manager) => {
      const referral = await referralToActOn(this.referrals, principal, id);
      // The deadlines of the rules the referral was routed with: editing the rules does not move a clock already running.
      const rules = await this.rules.byVersion(referral.rulesVersion);
      if (!rules) throw new Error(`routing rules version ${referral.rulesVersion} is missing`);
      const next = acknowledge(referral, version, now, deadlineMinutes(rules.rules, referral.need, referral.urgent, 'accept'));
      await this.referrals.update(next, referral.version);
      await this.outbox.emit(manager, ReferralAcknowledged, acknowledgedEvent(next));
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'referral.acknowledge',
        resourceType: 'referral',
        resourceId: id,
        outcome: 'success',
        details: { agencyId: referral.agencyId, version: next.version },
      });
      return referralView(next);
    });
  }
}
