import { AuditTrail, Principal } from '@relais/auth';
import { anAccount } from '../../test/account-doubles';
import { fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { AccountDirectory } from '../accounts/account-directory';
import { ReferralErrorCode } from '../domain/referral-errors';
import { DisableAgencyAccount } from './disable-agency-account';
import { EnableAgencyAccount } from './enable-agency-account';

const admin: Principal = { sub: 'admin-1', roles: ['agency_admin'], agencyId: 'demo-cp-mopti' };

describe('DisableAgencyAccount and EnableAgencyAccount', () => {
  const directory = mockOf<AccountDirectory>();
  const audit = mockOf<AuditTrail>();
  const disable = new DisableAgencyAccount(fakeTx(), directory, audit);
  const enable = new EnableAgencyAccount(fakeTx(), directory, audit);

  beforeEach(() => jest.clearAllMocks());

  it('switches a caseworker off, ends their sessions and audits who did it to which account', async () => {
    directory.findAccount.mockResolvedValue(anAccount());
    expect(await disable.execute(admin, 'demo-cp-mopti', 'u1')).toMatchObject({ id: 'u1', enabled: false });
    expect(directory.setEnabled).toHaveBeenCalledWith('u1', false);
    expect(directory.endSessions).toHaveBeenCalledWith('u1');
    expect(audit.append).toHaveBeenCalledWith(MANAGER, {
      actor: 'admin-1', action: 'account.disable', resourceType: 'account', resourceId: 'u1', outcome: 'success', details: { agencyId: 'demo-cp-mopti', wasEnabled: true },
    });
  });

  it('switches an account back on', async () => {
    directory.findAccount.mockResolvedValue(anAccount({ enabled: false }));
    expect(await enable.execute(admin, 'demo-cp-mopti', 'u1')).toMatchObject({ enabled: true });
    expect(directory.setEnabled).toHaveBeenCalledWith('u1', true);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'account.enable', resourceId: 'u1' }));
  });

  it.each([
    ['no such account', undefined, ReferralErrorCode.AccountNotFound],
    ['an account of another agency', anAccount({ groups: ['/agencies/demo-cp-kayes'] }), ReferralErrorCode.AccountNotFound],
    ['another administrator', anAccount({ roles: ['agency_admin'] }), ReferralErrorCode.AccountNotManageable],
  ])('changes nothing for %s', async (_case, account, code) => {
    directory.findAccount.mockResolvedValue(account);
    await expect(disable.execute(admin, 'demo-cp-mopti', 'u1')).rejects.toMatchObject({ code });
    await expect(enable.execute(admin, 'demo-cp-mopti', 'u1')).rejects.toMatchObject({ code });
    expect(directory.setEnabled).not.toHaveBeenCalled();
    expect(audit.append.mock.calls.map(([, entry]) => entry)).toEqual(
      ['account.disable', 'account.enable'].map((action) => ({
        actor: 'admin-1', action, resourceType: 'account', resourceId: 'u1', outcome: 'denied', details: { agencyId: 'demo-cp-mopti', reason: code },
      })),
    );
  });

  it('lets an unexpected failure roll back without a trace of refusal', async () => {
    directory.findAccount.mockResolvedValue(anAccount());
    directory.setEnabled.mockRejectedValueOnce(new Error('boom'));
    await expect(disable.execute(admin, 'demo-cp-mopti', 'u1')).rejects.toThrow('boom');
    expect(audit.append).not.toHaveBeenCalled();
  });

  it('does not even look an account up for an administrator of another agency', async () => {
    await expect(disable.execute(admin, 'demo-cp-kayes', 'u1')).rejects.toMatchObject({ code: ReferralErrorCode.AccountsNotYours });
    expect(directory.findAccount).not.toHaveBeenCalled();
  });
});
