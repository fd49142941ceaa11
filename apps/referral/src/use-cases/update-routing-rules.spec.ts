import { AuditTrail } from '@relais/auth';
import { defaultRules } from '../../test/reference-data';
import { coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { UpdateRoutingRules } from './update-routing-rules';

describe('UpdateRoutingRules', () => {
  const rules = mockOf<RoutingRulesRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new UpdateRoutingRules(fakeTx(), rules, audit);

  beforeEach(() => jest.clearAllMocks());

  it('appends the next version under the lock when the edit is based on the current one', async () => {
    rules.lockHead.mockResolvedValue(4);
    rules.insert.mockImplementation(async (version, r, source, by, at) => ({ version, rules: r, source, createdBy: by, createdAt: at }));
    const view = await useCase.execute(coordinatorPrincipal, defaultRules(), 4, T0);
    expect(view).toMatchObject({ version: 5, source: 'api', createdBy: 'coord' });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'routing-rules.update', resourceId: '5', details: { previousVersion: 4 } }));
  });

  it('refuses an edit of a version that is no longer current', async () => {
    rules.lockHead.mockResolvedValue(5);
    await expect(useCase.execute(coordinatorPrincipal, defaultRules(), 4, T0)).rejects.toMatchObject({ code: ReferralErrorCode.VersionStale, params: { currentVersion: 5 } });
    expect(rules.insert).not.toHaveBeenCalled();
  });

  it('refuses inconsistent rules before touching the database', async () => {
    const broken = { ...defaultRules(), deadlines: [] };
    await expect(useCase.execute(coordinatorPrincipal, broken, 1, T0)).rejects.toMatchObject({ code: ReferralErrorCode.RulesInvalid });
    expect(rules.lockHead).not.toHaveBeenCalled();
  });
});
