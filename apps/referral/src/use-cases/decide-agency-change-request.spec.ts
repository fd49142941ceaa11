import { AuditTrail } from '@relais/auth';
import { anAgency, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { newChangeRequest } from '../domain/agency-change-request';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { AgencyRepository } from '../persistence/agency.repository';
import { DecideAgencyChangeRequest } from './decide-agency-change-request';

describe('DecideAgencyChangeRequest', () => {
  const requests = mockOf<AgencyChangeRequestRepository>();
  const agencies = mockOf<AgencyRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new DecideAgencyChangeRequest(fakeTx(), requests, agencies, audit);
  const pending = newChangeRequest('0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', 'a-shelter', { regions: ['mopti', 'kayes'] }, 'adm', T0);
  const later = new Date(T0.getTime() + 60_000);

  beforeEach(() => {
    jest.clearAllMocks();
    requests.findForUpdate.mockResolvedValue(pending);
    agencies.findForUpdate.mockResolvedValue(anAgency('a-shelter', { version: 3 }));
  });

  it('applies an approved request to the agency as it is now, and records who decided', async () => {
    const view = await useCase.execute(coordinatorPrincipal, pending.id, 'approve', 1, null, later);
    expect(view).toMatchObject({ status: 'approved', decidedBy: 'coord', decidedAt: later.toISOString(), version: 2 });
    expect(requests.findForUpdate).toHaveBeenCalledWith({ kind: 'all' }, pending.id);
    expect(agencies.update).toHaveBeenCalledWith(expect.objectContaining({ regions: ['mopti', 'kayes'], version: 4 }), 3);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({
      action: 'agency.change-request.approve', resourceId: 'a-shelter', details: { changeRequestId: pending.id, fields: ['regions'], version: 4 },
    }));
  });

  it('leaves the agency alone on a rejection, keeping the reason', async () => {
    const view = await useCase.execute(coordinatorPrincipal, pending.id, 'reject', 1, 'Région hors mandat', later);
    expect(view).toMatchObject({ status: 'rejected', reason: 'Région hors mandat' });
    expect(agencies.update).not.toHaveBeenCalled();
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'agency.change-request.reject' }));
  });

  it.each([
    ['an unknown request', null, 1, ReferralErrorCode.ChangeRequestNotFound, 404],
    ['a stale version', pending, 2, ReferralErrorCode.VersionStale, 409],
    ['a request already decided', { ...pending, status: 'rejected' as const, decidedAt: T0, version: 2 }, 2, ReferralErrorCode.ChangeRequestDecided, 409],
  ])('refuses %s and changes nothing', async (_what, found, version, code, httpStatus) => {
    requests.findForUpdate.mockResolvedValue(found);
    await expect(useCase.execute(coordinatorPrincipal, pending.id, 'approve', version, null, later)).rejects.toMatchObject({ code, httpStatus });
    expect(requests.decide).not.toHaveBeenCalled();
    expect(agencies.update).not.toHaveBeenCalled();
  });
});
