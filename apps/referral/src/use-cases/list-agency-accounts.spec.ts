import { anAgency, mockOf } from '../../test/doubles';
import { AccountDirectory } from '../accounts/account-directory';
import { Account } from '../domain/accounts';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { ListAgencyAccounts } from './list-agency-accounts';

const member = (id: string, roles: string[]): Account => ({
  id, username: `user-${id}`, enabled: true, createdAt: new Date('2026-12-01T08:00:00Z'), roles, groups: ['/agencies/demo-cp-mopti'], hasEmail: true,
});

describe('ListAgencyAccounts', () => {
  const agencies = mockOf<AgencyRepository>();
  const directory = mockOf<AccountDirectory>();
  const useCase = new ListAgencyAccounts(agencies, directory);
  const admin = { sub: 'a', roles: ['agency_admin' as const], agencyId: 'demo-cp-mopti' };

  beforeEach(() => {
    jest.clearAllMocks();
    agencies.find.mockResolvedValue(anAgency('demo-cp-mopti'));
  });

  it('lists the members of the agency group with their agency roles only, and no names or address', async () => {
    directory.findGroup.mockResolvedValue('g1');
    directory.listMembers.mockResolvedValue([member('u1', ['agency_caseworker', 'offline_access']), member('u2', ['agency_admin'])]);
    expect(await useCase.execute(admin, 'demo-cp-mopti')).toEqual([
      { id: 'u1', username: 'user-u1', enabled: true, roles: ['agency_caseworker'], createdAt: '2026-12-01T08:00:00.000Z' },
      { id: 'u2', username: 'user-u2', enabled: true, roles: ['agency_admin'], createdAt: '2026-12-01T08:00:00.000Z' },
    ]);
    expect(directory.findGroup).toHaveBeenCalledWith('/agencies/demo-cp-mopti');
    expect(directory.listMembers).toHaveBeenCalledWith('g1', '/agencies/demo-cp-mopti');
  });

  it('answers an empty list for an agency nobody has an account in yet', async () => {
    directory.findGroup.mockResolvedValue(undefined);
    expect(await useCase.execute({ sub: 'k', roles: ['coordinator'] }, 'demo-cp-mopti')).toEqual([]);
  });

  it('refuses another agency\'s administrator before asking anyone anything', async () => {
    await expect(useCase.execute(admin, 'demo-cp-kayes')).rejects.toMatchObject({ code: ReferralErrorCode.AccountsNotYours });
    expect(agencies.find).not.toHaveBeenCalled();
    expect(directory.findGroup).not.toHaveBeenCalled();
  });

  it('says an unknown agency is not found', async () => {
    agencies.find.mockResolvedValue(null);
    await expect(useCase.execute({ sub: 'k', roles: ['coordinator'] }, 'nowhere')).rejects.toMatchObject({ code: ReferralErrorCode.AgencyNotFound });
  });
});
