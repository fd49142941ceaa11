import { AuditTrail } from '@relais/auth';
import { anAgency, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { AgencyRepository } from '../persistence/agency.repository';
import { UpdateAgency } from './update-agency';

describe('UpdateAgency', () => {
  const agencies = mockOf<AgencyRepository>();
  const audit = mockOf<AuditTrail>();
  const changeRequests = mockOf<AgencyChangeRequestRepository>();
  const useCase = new UpdateAgency(fakeTx(), agencies, changeRequests, audit);
  const admin = { sub: 'adm', roles: ['agency_admin' as const], agencyId: 'a-shelter' };

  beforeEach(() => {
    jest.clearAllMocks();
    agencies.findForUpdate.mockResolvedValue(anAgency('a-shelter'));
  });

  it('lets an agency administrator change its own capacity', async () => {
    const { agency: view, changeRequest } = await useCase.execute(admin, 'a-shelter', { capacity: { beds: 10, available: 2 } }, 1, T0);
    expect(view).toMatchObject({ version: 2, capacity: { beds: 10, available: 2 } });
    expect(changeRequest).toBeNull();
    expect(changeRequests.insert).not.toHaveBeenCalled();
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
    const edit = await useCase.execute(coordinatorPrincipal, 'a-shelter', { active: false, type: 'NGO', regions: ['kidal'] }, 1, T0);
    expect(edit).toMatchObject({ agency: { active: false, type: 'NGO', regions: ['kidal'] }, changeRequest: null });
    await expect(useCase.execute(coordinatorPrincipal, 'a-shelter', { active: false }, 5, T0)).rejects.toMatchObject({ code: ReferralErrorCode.VersionStale });
  });

  it('turns an agency administrator’s routing-scope change into a pending request, applying the rest at once', async () => {
    const edit = await useCase.execute(admin, 'a-shelter', { regions: ['mopti', 'national'], accepts: { minors: true, adults: true, sexes: ['female'] }, languages: ['fr'] }, 1, T0);
    expect(edit.agency).toMatchObject({ version: 2, languages: ['fr'], regions: anAgency('a-shelter').regions });
    expect(edit.changeRequest).toMatchObject({
      agencyId: 'a-shelter', status: 'pending', requestedBy: 'adm', version: 1,
      changes: { regions: ['mopti', 'national'], accepts: { minors: true, adults: true, sexes: ['female'] } },
    });
    expect(agencies.update).toHaveBeenCalledWith(expect.objectContaining({ languages: ['fr'], regions: anAgency('a-shelter').regions }), 1);
    expect(changeRequests.insert).toHaveBeenCalledWith(expect.objectContaining({ id: edit.changeRequest!.id, changes: edit.changeRequest!.changes }));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'agency.change-request.create', details: { changeRequestId: edit.changeRequest!.id, fields: ['regions', 'accepts'] } }));
  });

  it('leaves the agency untouched when only its routing scope is asked for, and refuses a request on a stale version', async () => {
    const edit = await useCase.execute(admin, 'a-shelter', { services: ['shelter', 'legalAid'] }, 1, T0);
    expect(edit.agency.version).toBe(1);
    expect(agencies.update).not.toHaveBeenCalled();
    await expect(useCase.execute(admin, 'a-shelter', { services: ['shelter'] }, 4, T0)).rejects.toMatchObject({ code: ReferralErrorCode.VersionStale, httpStatus: 409 });
    expect(changeRequests.insert).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing when the routing scope is sent unchanged, in any order', async () => {
    const edit = await useCase.execute(admin, 'a-shelter', { regions: ['mopti'], accepts: { adults: true, minors: true, sexes: ['unknown', 'male', 'female'] }, name: 'Abri' }, 1, T0);
    expect(edit).toMatchObject({ agency: { name: 'Abri', version: 2 }, changeRequest: null });
    expect(changeRequests.insert).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown agency', async () => {
    agencies.findForUpdate.mockResolvedValue(null);
    await expect(useCase.execute(coordinatorPrincipal, 'x-y', {}, 1, T0)).rejects.toMatchObject({ code: ReferralErrorCode.AgencyNotFound });
  });
});
