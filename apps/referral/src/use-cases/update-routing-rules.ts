import { Injectable } from '@nestjs/common';
import { AuditTrail, Principal } from '@relais/auth';
import { TransactionHost } from '@relais/persistence';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { RoutingRules, validateRules } from '../domain/routing-rules';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { rulesView, RoutingRulesView } from './shared/views';

/**
 * The coordinator replaces the rules: the edit becomes the next version, the old ones stay for
 * the referrals routed with them. `version` is the version the coordinator edited; if someone
 * changed the rules meanwhile the edit is refused (409) rather than silently undoing theirs.
 */
@Injectable()
export class UpdateRoutingRules {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rules: RoutingRulesRepository,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, rules: RoutingRules, version: number, now = new Date()): Promise<RoutingRulesView> {
    validateRules(rules);
    return this.tx.run(async (manager) => {
      const head = await this.rules.lockHead();
      if (head !== version) throw new ReferralException(ReferralErrorCode.VersionStale, { id: 'routing-rules', version, currentVersion: head });
      const created = await this.rules.insert(head + 1, rules, 'api', principal.sub, now);
      await this.audit.append(manager, {
        actor: principal.sub,
        action: 'routing-rules.update',
        resourceType: 'routing-rules',
        resourceId: String(created.version),
        outcome: 'success',
        details: { previousVersion: head },
      });
      return rulesView(created);
    });
  }
}
