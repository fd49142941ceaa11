import { AuditTrail } from '@relais/auth';
import { anAgency, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { UpdateAgency } from './update-agency';

describe('UpdateAgency', () => {
  const agencies = mockOf<AgencyRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new UpdateAgency(fakeTx(), agencies, audit);
  const admin = { sub: 'adm', roles: ['agency_admin' as const], agencyId: 'a-shelter' };

  beforeEach(() => {
    jest.clearAllMocks();
    agencies.findForUpdate.mockResolvedValue(anAgency('a-shelter'));
  });

  it('lets an agency administrator change its own capacity', async () => {
    const view = await useCase.execute(admin, 'a-shelter', { capacity: { beds: 10, available: 2 } }, 1, T0);
    expect(view).toMatchObject({ version: 2, capacity: { beds: 10, available: 2 } });
    expect(agencies.update).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), 1);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'agency.update', details: { fields: ['capacity'], version: 2 } }));
  });

  it.each([
    ['another agency', 'b-shelter', { name: 'x' }, ReferralErrorCode.AgencyNotYours],
    ['its type', 'a-shelter', { type: 'NGO' as const }, ReferralErrorCode.AgencyFieldRestricted],
    ['whether it is active', 'a-shelter', { active: false }, ReferralErrorCode.AgencyFieldRestricted],
  ])('refuses an agency administrator %s', async (_what, id, patch, code) => {
    await expect(useCase.execute(admin, id, patch, 1, T0)).rejects.toMatchObject({ code, httpStatus: 403 });
    expect(agencies.update).not.toHaveBeenCalled();
  });

  it('lets the coordinator change anything, on the current version only', async () => {
    expect(await useCase.execute(coordinatorPrincipal, 'a-shelter', { active: false, type: 'NGO' }, 1, T0)).toMatchObject({ active: false, type: 'NGO' });
    await expect(useCase.execute(coordinatorPrincipal, 'a-shelter', { active: false }, 5, T0)).rejects.toMatchObject({ code: ReferralErrorCode.VersionStale });
  });

  it('answers 404 for an unknown agency', async () => {
    agencies.findForUpdate.mockResolvedValue(null);
    await expect(useCase.execute(coordinatorPrincipal, 'x-y', {}, 1, T0)).rejects.toMatchObject({ code: ReferralErrorCode.AgencyNotFound });
  });
});
