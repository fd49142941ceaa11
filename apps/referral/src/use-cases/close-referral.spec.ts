import { ReferralClosed } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { aReferral, caseworkerOf, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { CloseReferral } from './close-referral';

describe('CloseReferral', () => {
  const referrals = mockOf<ReferralRepository>();
  const agencies = mockOf<AgencyRepository>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const useCase = new CloseReferral(fakeTx(), referrals, agencies, outbox.outbox, audit);
  const worker = caseworkerOf('demo-shelter-mopti');

  beforeEach(() => jest.clearAllMocks());

  it('gives the bed back when accepting took one, and says how it ended', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'accepted', version: 3, bedHeld: true }));
    const view = await useCase.execute(worker, 'r', { version: 3, outcome: 'serviceProvided', note: 'Awa est rentrée chez elle' }, T0);
    expect(view).toMatchObject({ status: 'closed', outcome: 'serviceProvided', version: 4 });
    expect(agencies.returnBed).toHaveBeenCalledWith('demo-shelter-mopti', T0);
    expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralClosed, expect.objectContaining({ outcome: 'serviceProvided' }));
    expect(JSON.stringify([outbox.emit.mock.calls, audit.append.mock.calls])).not.toContain('Awa');
  });

  it('gives back no bed it did not take', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'accepted', version: 3, bedHeld: false }));
    await useCase.execute(worker, 'r', { version: 3, outcome: 'unreachable', note: null }, T0);
    expect(agencies.returnBed).not.toHaveBeenCalled();
  });

  it('cannot close a referral that was never accepted', async () => {
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'pending', version: 1 }));
    await expect(useCase.execute(worker, 'r', { version: 1, outcome: 'serviceProvided', note: null }, T0)).rejects.toMatchObject({
      code: ReferralErrorCode.IllegalTransition,
    });
    expect(agencies.returnBed).not.toHaveBeenCalled();
  });
});
