import { AuditTrail, Principal } from '@relais/auth';
import { IdempotencyStore } from '@relais/platform';
import { anAgency, config, fakeTx, MANAGER, mockOf } from '../../test/doubles';
import { anAccount } from '../../test/account-doubles';
import { AccountDirectory, NewAccount } from '../accounts/account-directory';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { CreateAgencyAccount } from './create-agency-account';

const admin: Principal = { sub: 'admin-1', roles: ['agency_admin'], agencyId: 'demo-cp-mopti' };
const coordinator: Principal = { sub: 'coord', roles: ['coordinator'] };
const caseworker: NewAccount = { username: 'a.traore', firstName: 'Awa', lastName: 'Traoré', role: 'agency_caseworker' };

describe('CreateAgencyAccount', () => {
  const agencies = mockOf<AgencyRepository>();
  const directory = mockOf<AccountDirectory>();
  const idempotency = mockOf<IdempotencyStore>();
  const audit = mockOf<AuditTrail>();
  const useCase = new CreateAgencyAccount(fakeTx(), agencies, directory, idempotency, audit, config({ IDEMPOTENCY_FINGERPRINT_KEY: Buffer.alloc(32, 4).toString('base64') }));
  const asFirst = () => idempotency.execute.mockImplementation(async (_m, _req, work) => ({ ...(await work()), replayed: false }) as never);

  beforeEach(() => {
    jest.clearAllMocks();
    agencies.find.mockResolvedValue(anAgency('demo-cp-mopti'));
    directory.findGroup.mockResolvedValue('g-mopti');
    directory.canSendEmail.mockResolvedValue(false);
    directory.createAccount.mockResolvedValue('u1');
    directory.findAccount.mockResolvedValue(anAccount());
  });

  it('opens a caseworker account in the agency group with a one-time password, audited without names', async () => {
    const created = await useCase.execute(admin, 'demo-cp-mopti', caseworker);
    expect(created).toMatchObject({ status: 201, account: { id: 'u1', roles: ['agency_caseworker'], passwordDelivery: 'temporaryPassword' } });
    expect(directory.createAccount).toHaveBeenCalledWith(caseworker, 'g-mopti', created.account.temporaryPassword);
    const entry = audit.append.mock.calls[0][1];
    expect(entry).toEqual({
      actor: 'admin-1', action: 'account.create', resourceType: 'account', resourceId: 'u1', outcome: 'success',
      details: { agencyId: 'demo-cp-mopti', role: 'agency_caseworker', passwordDelivery: 'temporaryPassword' },
    });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, entry);
  });

  it('keys a replay on a digest that neither names nor addresses can be guessed from, and never stores the password', async () => {
    asFirst();
    const created = await useCase.execute(admin, 'demo-cp-mopti', { ...caseworker, email: 'a@example.org' }, 'key-1');
    const [, requestKey] = idempotency.execute.mock.calls[0];
    expect(requestKey).toMatchObject({ scope: 'referral:create-account', key: 'key-1', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const stored = await (idempotency.execute.mock.results[0].value as Promise<{ body: unknown }>);
    expect(JSON.stringify(stored.body)).not.toContain(created.account.temporaryPassword!);
    expect(JSON.stringify(stored.body)).not.toContain('Traoré');
  });

  it('answers a replay with the account, 200 and no password', async () => {
    idempotency.execute.mockResolvedValue({ status: 201, body: { id: 'u1', passwordDelivery: 'temporaryPassword' }, replayed: true } as never);
    const replay = await useCase.execute(admin, 'demo-cp-mopti', caseworker, 'key-1');
    expect(replay).toMatchObject({ status: 200, account: { id: 'u1', passwordDelivery: 'alreadySent' } });
    expect(replay.account).not.toHaveProperty('temporaryPassword');
    expect(directory.createAccount).not.toHaveBeenCalled();
  });

  it('sends a link instead of a password when the realm can e-mail and an address is given', async () => {
    directory.canSendEmail.mockResolvedValue(true);
    const created = await useCase.execute(admin, 'demo-cp-mopti', { ...caseworker, email: 'a@example.org' });
    expect(directory.createAccount).toHaveBeenCalledWith(expect.anything(), 'g-mopti', undefined);
    expect(directory.sendPasswordEmail).toHaveBeenCalledWith('u1');
    expect(created.account).toMatchObject({ passwordDelivery: 'email' });
    expect(created.account).not.toHaveProperty('temporaryPassword');
  });

  it('never lets an agency administrator make an administrator, nor act for another agency', async () => {
    await expect(useCase.execute(admin, 'demo-cp-mopti', { ...caseworker, role: 'agency_admin' })).rejects.toMatchObject({ code: ReferralErrorCode.RoleNotGrantable });
    await expect(useCase.execute(admin, 'demo-cp-kayes', caseworker)).rejects.toMatchObject({ code: ReferralErrorCode.AccountsNotYours });
    expect(directory.createAccount).not.toHaveBeenCalled();
    // Both attempts leave a trace, committed although the request is refused.
    expect(audit.append.mock.calls.map(([, entry]) => entry)).toEqual([
      { actor: 'admin-1', action: 'account.create', resourceType: 'agency', resourceId: 'demo-cp-mopti', outcome: 'denied', details: { agencyId: 'demo-cp-mopti', reason: 'ROLE_NOT_GRANTABLE' } },
      { actor: 'admin-1', action: 'account.create', resourceType: 'agency', resourceId: 'demo-cp-kayes', outcome: 'denied', details: { agencyId: 'demo-cp-kayes', reason: 'ACCOUNTS_NOT_YOURS' } },
    ]);
  });

  it('creates a missing agency organisation for the coordinator (with its one region), not for an agency administrator', async () => {
    directory.findGroup.mockResolvedValue(undefined);
    directory.createAgencyGroup.mockResolvedValue('g-new');
    agencies.find.mockResolvedValue({ ...anAgency('abri-segou'), regions: ['segou'] });
    await useCase.execute(coordinator, 'abri-segou', { ...caseworker, role: 'agency_admin' });
    expect(directory.createAgencyGroup).toHaveBeenCalledWith({ agencyId: 'abri-segou', region: 'segou' });
    expect(directory.createAccount).toHaveBeenCalledWith(expect.objectContaining({ role: 'agency_admin' }), 'g-new', expect.any(String));

    jest.clearAllMocks();
    await expect(useCase.execute({ ...admin, agencyId: 'abri-segou' }, 'abri-segou', caseworker)).rejects.toMatchObject({ code: ReferralErrorCode.AgencyHasNoOrganisation });
    expect(directory.createAgencyGroup).not.toHaveBeenCalled();
  });

  it('gives a national agency no region claim', async () => {
    directory.findGroup.mockResolvedValue(undefined);
    directory.createAgencyGroup.mockResolvedValue('g-new');
    agencies.find.mockResolvedValue({ ...anAgency('legal-aid'), regions: ['national'] });
    await useCase.execute(coordinator, 'legal-aid', caseworker);
    expect(directory.createAgencyGroup).toHaveBeenCalledWith({ agencyId: 'legal-aid', region: undefined });
  });
});
