import { AuditTrail } from '@relais/auth';
import { aReferral, anIdentification, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { EscalationRepository } from '../persistence/escalation.repository';
import { CloseOnErasure } from './close-on-erasure';
import { SystemCloser } from './shared/system-closer';

describe('CloseOnErasure', () => {
  const identifications = mockOf<IdentificationRepository>();
  const referrals = mockOf<ReferralRepository>();
  const closer = mockOf<SystemCloser>();
  const audit = mockOf<AuditTrail>();
  const escalations = mockOf<EscalationRepository>();
  const useCase = new CloseOnErasure(fakeTx(), identifications, referrals, closer, audit, escalations);

  it('marks every identification erased (in a fixed lock order), closes all open referrals and wipes notes', async () => {
    identifications.lockOrCreate.mockImplementation(async (id: string) => anIdentification({ identificationId: id }));
    const open = [aReferral({ id: 'a', need: 'childProtection', isMinor: true }), aReferral({ id: 'b', status: 'accepted', bedHeld: true })];
    referrals.openForUpdate.mockResolvedValue(open);
    referrals.eraseNotes.mockResolvedValue(1);
    escalations.eraseNotes.mockResolvedValue(1);

    const closed = await useCase.execute(
      { victimRef: 'V-7K3M9Q2XPA', identificationIds: ['0193-b', '0193-a', '0193-b'], erasedAt: T0.toISOString() },
      T0,
    );

    expect(identifications.lockOrCreate.mock.calls.map((c) => c[0])).toEqual(['0193-a', '0193-b']);
    expect(identifications.save.mock.calls.every((c) => c[0].erasedAt?.getTime() === T0.getTime())).toBe(true);
    expect(closer.close.mock.calls.map((c) => [c[1].id, c[2]])).toEqual([['a', 'personalDataErased'], ['b', 'personalDataErased']]);
    expect(referrals.eraseNotes).toHaveBeenCalledWith(['0193-a', '0193-b']);
    expect(escalations.eraseNotes).toHaveBeenCalledWith(['0193-a', '0193-b']);
    expect(closed).toEqual(['a', 'b']);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'erasure.apply', resourceType: 'victim', details: expect.objectContaining({ notesErased: 2 }) }));
  });
});
