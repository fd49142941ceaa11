import { coordinatorPrincipal, fakeTx, mockOf, T0 } from '../../test/doubles';
import { newChangeRequest } from '../domain/agency-change-request';
import { AgencyChangeRequestRepository } from '../persistence/agency-change-request.repository';
import { ListAgencyChangeRequests } from './list-agency-change-requests';

describe('ListAgencyChangeRequests', () => {
  const requests = mockOf<AgencyChangeRequestRepository>();
  const useCase = new ListAgencyChangeRequests(fakeTx(), requests);

  beforeEach(() => requests.list.mockResolvedValue([newChangeRequest('0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', 'a-shelter', { services: ['shelter'] }, 'adm', T0)]));

  it('shows the coordinator every agency’s pending requests by default', async () => {
    expect(await useCase.execute(coordinatorPrincipal)).toEqual([expect.objectContaining({ agencyId: 'a-shelter', requestedAt: T0.toISOString(), status: 'pending' })]);
    expect(requests.list).toHaveBeenCalledWith({ kind: 'all' }, 'pending');
  });

  it('scopes an agency administrator to its own agency, and nobody else sees any', async () => {
    await useCase.execute({ sub: 'adm', roles: ['agency_admin'], agencyId: 'a-shelter' }, 'approved');
    expect(requests.list).toHaveBeenLastCalledWith({ kind: 'agency', agencyId: 'a-shelter' }, 'approved');
    await useCase.execute({ sub: 'cw', roles: ['agency_caseworker'], agencyId: 'a-shelter' });
    expect(requests.list).toHaveBeenLastCalledWith({ kind: 'none' }, 'pending');
  });
});
