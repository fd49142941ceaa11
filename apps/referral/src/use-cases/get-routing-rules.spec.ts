import { defaultRules } from '../../test/reference-data';
import { mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { GetRoutingRules } from './get-routing-rules';

describe('GetRoutingRules', () => {
  const rules = mockOf<RoutingRulesRepository>();
  const useCase = new GetRoutingRules(rules);
  const v2 = { version: 2, rules: defaultRules(), source: 'api', createdBy: 'c', createdAt: T0 };

  it('shows the rules in force, or a given version', async () => {
    rules.current.mockResolvedValue(v2);
    rules.byVersion.mockResolvedValue(null);
    expect(await useCase.execute()).toMatchObject({ version: 2, createdAt: T0.toISOString() });
    await expect(useCase.execute(7)).rejects.toMatchObject({ code: ReferralErrorCode.RulesVersionNotFound, params: { version: 7 } });
  });
});
