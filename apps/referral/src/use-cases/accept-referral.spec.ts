import { ReferralAccepted } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { aReferral, anAgency, caseworkerOf, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { AcceptReferral } from './accept-referral';

const T1 = new Date(T0.getTime() + 60_000);

describe('AcceptReferral', () => {
  const referrals = mockOf<ReferralRepository>();
  const agencies = mockOf<AgencyRepository>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const useCase = new AcceptReferral(fakeTx(), referrals, agencies, outbox.outbox, audit);
  const worker = caseworkerOf('demo-shelter-mopti');

  beforeEach(() => jest.clearAllMocks());

  it('takes a bed for a shelter referral, then saves, emits and audits in the one transaction', async () => {
    const referral = aReferral({ status: 'acknowledged', version: 2 });
    referrals.findScopedForUpdate.mockResolvedValue(referral);
    agencies.find.mockResolvedValue(anAgency('demo-shelter-mopti'));
    agencies.takeBed.mockResolvedValue(true);

    const view = await useCase.execute(worker, referral.id, 2, T1);

    expect(view).toMatchObject({ status: 'accepted', version: 3, acceptedAt: T1.toISOString(), dueBy: null });
    expect(referrals.findScopedForUpdate).toHaveBeenCalledWith({ kind: 'agency', agencyId: 'demo-shelter-mopti' }, referral.id);
    expect(agencies.takeBed).toHaveBeenCalledWith('demo-shelter-mopti', T1);
    expect(referrals.update).toHaveBeenCalledWith(expect.objectContaining({ status: 'accepted', bedHeld: true }), 2);
    expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralAccepted, expect.objectContaining({ referralId: referral.id, acceptedAt: T1.toISOString() }));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ actor: worker.sub, action: 'referral.accept', details: expect.objectContaining({ bedTaken: true }) }));
  });

  it('refuses with NO_BED_AVAILABLE and writes nothing when the shelter is full', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'acknowledged', version: 2 }));
    agencies.find.mockResolvedValue(anAgency('demo-shelter-mopti', { capacity: { beds: 8, available: 0 } }));
    agencies.takeBed.mockResolvedValue(false);
    await expect(useCase.execute(worker, 'r', 2, T1)).rejects.toMatchObject({ code: ReferralErrorCode.NoBedAvailable, httpStatus: 409 });
    expect(referrals.update).not.toHaveBeenCalled();
    expect(outbox.emit).not.toHaveBeenCalled();
  });

  it('takes no bed for a need other than shelter', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'acknowledged', version: 2, need: 'basicNeeds' }));
    agencies.find.mockResolvedValue(anAgency('demo-shelter-mopti'));
    await useCase.execute(worker, 'r', 2, T1);
    expect(agencies.takeBed).not.toHaveBeenCalled();
    expect(referrals.update).toHaveBeenCalledWith(expect.objectContaining({ bedHeld: false }), 2);
  });

  it('checks the version before it touches a bed', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'acknowledged', version: 2 }));
    agencies.find.mockResolvedValue(anAgency('demo-shelter-mopti'));
    await expect(useCase.execute(worker, 'r', 1, T1)).rejects.toMatchObject({ code: ReferralErrorCode.VersionStale });
    expect(agencies.takeBed).not.toHaveBeenCalled();
  });

  it('finds nothing for anyone but a caseworker of the agency', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(null);
    await expect(useCase.execute(coordinatorPrincipal, 'r', 1, T1)).rejects.toMatchObject({ code: ReferralErrorCode.ReferralNotFound, httpStatus: 404 });
    expect(referrals.findScopedForUpdate).toHaveBeenCalledWith({ kind: 'none' }, 'r');
  });
});
