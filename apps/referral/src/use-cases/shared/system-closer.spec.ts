import { ReferralClosed } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { aReferral, MANAGER, mockOf, T0 } from '../../../test/doubles';
import { AgencyRepository } from '../../persistence/agency.repository';
import { ReferralRepository } from '../../persistence/referral.repository';
import { SystemCloser } from './system-closer';

describe('SystemCloser', () => {
  const referrals = mockOf<ReferralRepository>();
  const agencies = mockOf<AgencyRepository>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const closer = new SystemCloser(referrals, agencies, outbox.outbox, audit);

  beforeEach(() => jest.clearAllMocks());

  it('closes an accepted shelter referral with the system outcome and gives the bed back', async () => {
    const closed = await closer.close(MANAGER, aReferral({ status: 'accepted', version: 3, bedHeld: true }), 'personalDataErased', T0);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'personalDataErased', version: 4, bedHeld: false });
    expect(referrals.update).toHaveBeenCalledWith(closed, 3);
    expect(agencies.returnBed).toHaveBeenCalledWith('demo-shelter-mopti', T0);
    expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralClosed, expect.objectContaining({ outcome: 'personalDataErased' }));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ actor: 'system:referral', details: expect.objectContaining({ bedReturned: true }) }));
  });

  it('gives back no bed for a referral that held none', async () => {
    await closer.close(MANAGER, aReferral(), 'consentWithdrawn', T0);
    expect(agencies.returnBed).not.toHaveBeenCalled();
  });
});
