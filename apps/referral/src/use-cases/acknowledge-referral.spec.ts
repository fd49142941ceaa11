import { ReferralAcknowledged } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { defaultRules } from '../../test/reference-data';
import { aReferral, caseworkerOf, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { ReferralRepository } from '../persistence/referral.repository';
import { RoutingRulesRepository } from '../persistence/routing-rules.repository';
import { AcknowledgeReferral } from './acknowledge-referral';

describe('AcknowledgeReferral', () => {
  const referrals = mockOf<ReferralRepository>();
  const rules = mockOf<RoutingRulesRepository>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const useCase = new AcknowledgeReferral(fakeTx(), referrals, rules, outbox.outbox, audit);

  beforeEach(() => jest.clearAllMocks());

  it('starts the deadline to accept from the rules version the referral was routed with', async () => {
    const rulesV3 = defaultRules();
    rulesV3.deadlines = [{ acknowledgeMinutes: 10, acceptMinutes: 45 }];
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ rulesVersion: 3, need: 'legalAid' }));
    rules.byVersion.mockResolvedValue({ version: 3, rules: rulesV3, source: 'api', createdBy: 'c', createdAt: T0 });

    const view = await useCase.execute(caseworkerOf('demo-shelter-mopti'), 'r', 1, T0);

    expect(rules.byVersion).toHaveBeenCalledWith(3);
    expect(view).toMatchObject({ status: 'acknowledged', version: 2, dueBy: new Date(T0.getTime() + 45 * 60_000).toISOString() });
    expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralAcknowledged, expect.objectContaining({ dueBy: view.dueBy, acknowledgedAt: T0.toISOString() }));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.acknowledge', resourceId: 'r' }));
  });

  it('is refused for a referral the caller cannot act on', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(null);
    await expect(useCase.execute(caseworkerOf('other'), 'r', 1, T0)).rejects.toMatchObject({ code: ReferralErrorCode.ReferralNotFound });
    expect(outbox.emit).not.toHaveBeenCalled();
  });
});
