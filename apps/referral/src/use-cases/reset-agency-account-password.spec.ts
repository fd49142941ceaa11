import { AuditTrail, Principal } from '@relais/auth';
import { fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { anAccount } from '../../test/account-doubles';
import { AccountDirectory } from '../accounts/account-directory';
import { ReferralErrorCode } from '../domain/referral-errors';
import { ResetAgencyAccountPassword } from './reset-agency-account-password';

const coordinator: Principal = { sub: 'coord', roles: ['coordinator'] };

describe('ResetAgencyAccountPassword', () => {
  const directory = mockOf<AccountDirectory>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ResetAgencyAccountPassword(fakeTx(), directory, audit);

  beforeEach(() => jest.clearAllMocks());

  it('gives a one-time password when the realm cannot e-mail, and ends the sessions', async () => {
    directory.findAccount.mockResolvedValue(anAccount({ hasEmail: true }));
    directory.canSendEmail.mockResolvedValue(false);
    const reset = await useCase.execute(coordinator, 'demo-cp-mopti', 'u1');
    expect(reset).toMatchObject({ account: { id: 'u1' }, passwordDelivery: 'temporaryPassword' });
    expect(directory.setTemporaryPassword).toHaveBeenCalledWith('u1', reset.temporaryPassword);
    expect(directory.sendPasswordEmail).not.toHaveBeenCalled();
    expect(directory.endSessions).toHaveBeenCalledWith('u1');
    const entry = audit.append.mock.calls[0][1];
    expect(entry).toMatchObject({ actor: 'coord', action: 'account.reset-password', resourceId: 'u1', details: { agencyId: 'demo-cp-mopti', passwordDelivery: 'temporaryPassword' } });
    expect(JSON.stringify(entry)).not.toContain(reset.temporaryPassword!);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, entry);
  });

  it('e-mails a link instead when the realm can and the user has an address: no password exists', async () => {
    directory.findAccount.mockResolvedValue(anAccount({ hasEmail: true }));
    directory.canSendEmail.mockResolvedValue(true);
    const reset = await useCase.execute(coordinator, 'demo-cp-mopti', 'u1');
    expect(reset).not.toHaveProperty('temporaryPassword');
    expect(reset.passwordDelivery).toBe('email');
    expect(directory.sendPasswordEmail).toHaveBeenCalledWith('u1');
    expect(directory.setTemporaryPassword).not.toHaveBeenCalled();
  });

  it('refuses a national account parked in the agency group', async () => {
    directory.findAccount.mockResolvedValue(anAccount({ roles: ['system_admin'] }));
    await expect(useCase.execute(coordinator, 'demo-cp-mopti', 'u1')).rejects.toMatchObject({ code: ReferralErrorCode.AccountNotManageable });
    expect(directory.setTemporaryPassword).not.toHaveBeenCalled();
  });
});
