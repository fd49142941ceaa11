import { AuditTrail } from '@relais/auth';
import { aReferral, caseworkerOf, fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { ReferralRepository } from '../persistence/referral.repository';
import { ListReferrals } from './list-referrals';

describe('ListReferrals', () => {
  const referrals = mockOf<ReferralRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ListReferrals(fakeTx(), referrals, audit);

  it('pages the caller\'s inbox and audits which referrals were shown', async () => {
    referrals.list.mockResolvedValue({ items: [aReferral({ id: 'a' })], total: 7 });
    const page = await useCase.execute(caseworkerOf('x'), { status: 'pending' }, { page: 2, pageSize: 1 });
    expect(referrals.list).toHaveBeenCalledWith({ kind: 'agency', agencyId: 'x' }, { status: 'pending' }, { page: 2, pageSize: 1 });
    expect(page).toMatchObject({ page: 2, pageSize: 1, total: 7, items: [{ id: 'a' }] });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.list', resourceId: 'agency:x', details: expect.objectContaining({ returned: ['a'] }) }));
  });
});
