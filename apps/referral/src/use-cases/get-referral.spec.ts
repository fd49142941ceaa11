import { AuditTrail } from '@relais/auth';
import { aReferral, caseworkerOf, coordinatorPrincipal, fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { ReferralRepository } from '../persistence/referral.repository';
import { GetReferral } from './get-referral';

describe('GetReferral', () => {
  const referrals = mockOf<ReferralRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new GetReferral(fakeTx(), referrals, audit);

  beforeEach(() => jest.clearAllMocks());

  it('reads within the caller\'s scope and audits the read', async () => {
    referrals.findScoped.mockResolvedValue(aReferral({ declineNote: null }));
    const view = await useCase.execute(caseworkerOf('demo-shelter-mopti'), 'r');
    expect(referrals.findScoped).toHaveBeenCalledWith({ kind: 'agency', agencyId: 'demo-shelter-mopti' }, 'r');
    expect(view).toMatchObject({ status: 'pending', version: 1 });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ actor: 'cw@demo-shelter-mopti', action: 'referral.read', resourceId: 'r' }));
  });

  it('gives the coordinator every referral, and anyone a 404 for what they may not see', async () => {
    referrals.findScoped.mockResolvedValue(null);
    await expect(useCase.execute(coordinatorPrincipal, 'r')).rejects.toMatchObject({ code: ReferralErrorCode.ReferralNotFound });
    expect(referrals.findScoped).toHaveBeenCalledWith({ kind: 'all' }, 'r');
    expect(audit.append).not.toHaveBeenCalled();
  });
});
