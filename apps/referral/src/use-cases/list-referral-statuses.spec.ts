import { AuditTrail, Principal } from '@relais/auth';
import { coordinatorPrincipal, caseworkerOf, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralProgress, ReferralRepository } from '../persistence/referral.repository';
import { ListReferralStatuses } from './list-referral-statuses';

const officer: Principal = { sub: 'officer', roles: ['police_officer'], unitId: 'unit-a', region: 'bamako' };
const supervisor: Principal = { sub: 'supervisor', roles: ['police_supervisor'], unitId: 'unit-s', region: 'mopti' };

const progress: ReferralProgress = {
  id: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', reference: 'R-7K3M9Q2X', victimRef: 'V-7K3M9Q2XPA',
  identificationId: '0193b1e4-6f2a-7c3d-8e4f-000000000001', need: 'shelter', urgent: true, agencyId: 'demo-shelter-mopti',
  agencyName: 'Shelter', status: 'pending', dueBy: T0, createdAt: T0, updatedAt: T0,
};

describe('ListReferralStatuses', () => {
  const referrals = mockOf<ReferralRepository>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ListReferralStatuses(fakeTx(), referrals, audit);

  beforeEach(() => {
    jest.clearAllMocks();
    referrals.progressOfVictims.mockResolvedValue([progress]);
  });

  it.each([
    ['an officer, to their unit', officer, { kind: 'unit', unitId: 'unit-a' }, 'unit:unit-a'],
    ['a supervisor, to their region (not their own unit)', supervisor, { kind: 'region', region: 'mopti' }, 'region:mopti'],
    ['the coordinator, to nothing', coordinatorPrincipal, { kind: 'all' }, 'all'],
    ['an officer without a unit claim, to nothing at all', { ...officer, unitId: undefined }, { kind: 'none' }, 'none'],
    ['an agency, to nothing at all', caseworkerOf('demo-shelter-mopti'), { kind: 'none' }, 'none'],
  ])('confines %s in the query, and audits the read', async (_who, principal, scope, resourceId) => {
    await useCase.execute(principal as Principal, ['V-7K3M9Q2XPA', 'V-7K3M9Q2XPA', 'V-2222222222']);
    expect(referrals.progressOfVictims).toHaveBeenCalledWith(scope, ['V-7K3M9Q2XPA', 'V-2222222222']);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'referral.status.list', resourceId, outcome: 'success' }));
  });

  it('answers the coarse status only, with ISO dates', async () => {
    const { items } = await useCase.execute(officer, ['V-7K3M9Q2XPA']);
    expect(items).toEqual([{ ...progress, dueBy: T0.toISOString(), createdAt: T0.toISOString(), updatedAt: T0.toISOString() }]);
  });
});
