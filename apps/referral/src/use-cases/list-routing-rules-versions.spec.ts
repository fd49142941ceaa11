import { mockOf, T0 } from '../../test/doubles';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { ListRoutingRulesVersions } from './list-routing-rules-versions';

describe('ListRoutingRulesVersions', () => {
  it('lists the versions with their origin', async () => {
    const rules = mockOf<RoutingRulesRepository>();
    rules.list.mockResolvedValue([{ version: 1, source: 'file:routing-rules.json@2026.1', createdBy: 'system:referral', createdAt: T0 }]);
    expect(await new ListRoutingRulesVersions(rules).execute()).toEqual([
      { version: 1, source: 'file:routing-rules.json@2026.1', createdBy: 'system:referral', createdAt: T0.toISOString() },
    ]);
  });
});
