import { unitDoubles } from '../../test/support/unit-doubles';
import { ReferralGrant } from '../domain/grants';
import { AccessGrantRepository } from '../persistence/access-grant.repository';
import { TrackReferralAccess } from './track-referral-access';

const ids = { referralId: '0193b1e4-6f2a-7c3d-8e4f-000000000001', victimRef: 'V-0123456789', agencyId: 'shelter-1' };

function setup(stored?: ReferralGrant) {
  const d = unitDoubles();
  const grants = { referralForUpdate: jest.fn(async () => stored), saveReferral: jest.fn() } as unknown as AccessGrantRepository & { saveReferral: jest.Mock };
  return { ...d, grants, useCase: new TrackReferralAccess(d.tx, grants, d.audit) };
}

describe('TrackReferralAccess', () => {
  it('grants on acceptance and audits the grant', async () => {
    const s = setup();
    await s.useCase.execute(ids, { kind: 'accepted', at: '2026-11-21T10:00:00.000Z' });
    expect(s.grants.saveReferral).toHaveBeenCalledWith({ ...ids, acceptedAt: '2026-11-21T10:00:00.000Z' });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ actor: 'system:intake', action: 'access.grant', resourceId: ids.victimRef });
  });

  it('revokes on closure', async () => {
    const s = setup({ ...ids, acceptedAt: '2026-11-21T10:00:00.000Z' });
    await s.useCase.execute(ids, { kind: 'closed', at: '2026-11-25T10:00:00.000Z' });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ action: 'access.revoke' });
  });

  it('keeps a referral closed before its acceptance arrives closed', async () => {
    const s = setup({ ...ids, closedAt: '2026-11-25T10:00:00.000Z' });
    await s.useCase.execute(ids, { kind: 'accepted', at: '2026-11-21T10:00:00.000Z' });
    expect(s.audit.append.mock.calls[0][1]).toMatchObject({ action: 'access.unchanged' });
  });
});
