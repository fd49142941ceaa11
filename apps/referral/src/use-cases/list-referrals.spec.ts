import { AuditTrail } from '@relais/auth';
import { aReferral, caseworkerOf, fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { ReferralRepository } from '../persistence/referral.repository';
import { ListReferrals } from './list-referrals';

describe('ListReferrals', () => {
  const referrals = mockOf<ReferralRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ListReferrals(fakeTx(), referrals, audit);

  it('pages the caller\'s inbox and audits which referrals were shown', async () => {
    const after = { at: '2026-11-20T10:00:00.123456Z', id: 'z' };
    const next = { at: '2026-11-20T09:00:00.000001Z', id: 'a' };
    referrals.list.mockResolvedValue({ items: [aReferral({ id: 'a' })], next });
    const page = await useCase.execute(caseworkerOf('x'), { status: 'pending' }, { limit: 1, after });
    expect(referrals.list).toHaveBeenCalledWith({ kind: 'agency', agencyId: 'x' }, { status: 'pending' }, { limit: 1, after });
    expect(page).toMatchObject({ next, items: [{ id: 'a' }] });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.list', resourceId: 'agency:x', details: expect.objectContaining({ returned: ['a'] }) }));
  });
});
