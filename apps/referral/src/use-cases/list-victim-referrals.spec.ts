import { AuditTrail } from '@relais/auth';
import { aReferral, caseworkerOf, fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { ReferralRepository } from '../persistence/referral.repository';
import { ListVictimReferrals } from './list-victim-referrals';

describe('ListVictimReferrals', () => {
  const referrals = mockOf<ReferralRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ListVictimReferrals(fakeTx(), referrals, audit);

  beforeEach(() => jest.clearAllMocks());

  it('shows an agency involved its own referrals of the person, audited under the person\'s reference', async () => {
    referrals.listForVictim.mockResolvedValue([aReferral({ id: 'mine' })]);
    expect((await useCase.execute(caseworkerOf('x'), 'V-7K3M9Q2XPA')).map((r) => r.id)).toEqual(['mine']);
    expect(referrals.listForVictim).toHaveBeenCalledWith({ kind: 'agency', agencyId: 'x' }, 'V-7K3M9Q2XPA');
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ resourceType: 'victim', resourceId: 'V-7K3M9Q2XPA' }));
  });

  it('answers 404 to an agency not involved, as for a person unknown', async () => {
    referrals.listForVictim.mockResolvedValue([]);
    await expect(useCase.execute(caseworkerOf('y'), 'V-7K3M9Q2XPA')).rejects.toMatchObject({ code: ReferralErrorCode.VictimNotFound, httpStatus: 404 });
    expect(audit.append).not.toHaveBeenCalled();
  });
});
