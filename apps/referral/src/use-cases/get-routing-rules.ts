import { Injectable } from '@nestjs/common';
import { ReferralErrorCode, ReferralException } from '../domain/referral-errors';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { rulesView, RoutingRulesView } from './shared/views';

/** The rules in force, or any earlier version (a referral names the version it was routed with). */
@Injectable()
export class GetRoutingRules {
  constructor(private readonly rules: RoutingRulesRepository) {}

  async execute(version?: number): Promise<RoutingRulesView> {
    const found = version === undefined ? await this.rules.current() : await this.rules.byVersion(version);
    if (!found) throw new ReferralException(ReferralErrorCode.RulesVersionNotFound, { version: version ?? 'current' });
    return rulesView(found);
  }
}
