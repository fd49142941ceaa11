import { ReferralAcceptedV1 } from '@relais/contracts';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';
import { doubles } from '../../test/unit-doubles';
import { RecordReferralAccess } from './record-referral-access';

const accepted: ReferralAcceptedV1 = {
  referralId: '01936f3e-0000-7000-8000-0000000000f1', reference: 'R-ABCDEFGH', victimRef: 'V-0123456789',
  identificationId: '01936f3e-0000-7000-8000-0000000000a1', agencyId: 'shelter-1', need: 'shelter', acceptedAt: '2026-11-05T10:00:00.000Z',
};

describe('RecordReferralAccess', () => {
  it('grants on acceptance and revokes on closure, as the system, in the audit trail', async () => {
    const d = doubles();
    const access = { recordAccepted: jest.fn().mockResolvedValue(false), recordClosed: jest.fn() } as unknown as jest.Mocked<ReferralAccessRepository>;
    const useCase = new RecordReferralAccess(d.tx, access, d.audit);
    await useCase.accepted(accepted, { eventId: 'e1' });
    await useCase.closed({ ...accepted, closedAt: '2026-11-09T00:00:00.000Z', outcome: 'serviceProvided' }, { eventId: 'e2' });
    expect(access.recordAccepted).toHaveBeenCalledWith(accepted, new Date(accepted.acceptedAt));
    expect(access.recordClosed).toHaveBeenCalledWith(expect.objectContaining({ referralId: accepted.referralId }), new Date('2026-11-09T00:00:00Z'));
    expect(d.audits.map((a) => [a.actor, a.action, a.resourceId, a.details?.effective])).toEqual([
      ['system:prosecution', 'referral-access.grant', 'V-0123456789', false],
      ['system:prosecution', 'referral-access.revoke', 'V-0123456789', undefined],
    ]);
  });
});
