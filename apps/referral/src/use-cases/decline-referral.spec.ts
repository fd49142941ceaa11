import { ReferralDeclined } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { RecordingOutbox } from '@relais/testing';
import { aReferral, anIdentification, caseworkerOf, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { DeclineReferral } from './decline-referral';
import { ReferralRouter } from './shared/referral-router';

describe('DeclineReferral', () => {
  const referrals = mockOf<ReferralRepository>();
  const identifications = mockOf<IdentificationRepository>();
  const router = mockOf<ReferralRouter>();
  const outbox = new RecordingOutbox(); // checks every event against its contract, as the real outbox does
  const audit = mockOf<AuditTrail>();
  const useCase = new DeclineReferral(fakeTx(), referrals, identifications, router, outbox.outbox, audit);
  const worker = caseworkerOf('demo-shelter-mopti');
  const command = { version: 1, reason: 'noCapacity' as const, note: 'Fatou T. ne veut pas rester' };

  beforeEach(() => jest.clearAllMocks());

  it('locks the person before the referral, saves the decline, then re-routes the need', async () => {
    const referral = aReferral();
    const person = anIdentification();
    const order: string[] = [];
    referrals.findScoped.mockResolvedValue(referral);
    identifications.lock.mockImplementation(async () => (order.push('person'), person));
    referrals.findScopedForUpdate.mockImplementation(async () => (order.push('referral'), referral));
    referrals.update.mockImplementation(async () => void order.push('save'));
    router.reroute.mockImplementation(async () => (order.push('reroute'), { next: aReferral({ id: 'next' }), escalations: [] }));

    const view = await useCase.execute(worker, referral.id, command, T0);

    expect(order).toEqual(['person', 'referral', 'save', 'reroute']);
    expect(view).toMatchObject({ status: 'declined', declineReason: 'noCapacity', declineNote: command.note });
    expect(router.reroute).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ status: 'declined' }), 'declined', person, T0, worker.sub);
    expect(outbox.emit).toHaveBeenCalledWith(MANAGER, ReferralDeclined, expect.objectContaining({ reason: 'noCapacity' }));
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ details: expect.objectContaining({ reroutedTo: 'next' }) }));
    // The caseworker's words stay in the referral row: not in the event, not in the audit trail.
    expect(JSON.stringify([outbox.emit.mock.calls, audit.append.mock.calls])).not.toContain('Fatou');
  });

  it('re-routes nothing when the decline is refused', async () => {
    referrals.findScoped.mockResolvedValue(aReferral({ status: 'accepted', version: 3 }));
    identifications.lock.mockResolvedValue(anIdentification());
    referrals.findScopedForUpdate.mockResolvedValue(aReferral({ status: 'accepted', version: 3 }));
    await expect(useCase.execute(worker, 'r', { ...command, version: 3 }, T0)).rejects.toMatchObject({ code: ReferralErrorCode.IllegalTransition });
    expect(router.reroute).not.toHaveBeenCalled();
    expect(referrals.update).not.toHaveBeenCalled();
  });

  it('is a 404 for a referral outside the caller\'s agency, before any lock', async () => {
    referrals.findScoped.mockResolvedValue(null);
    await expect(useCase.execute(worker, 'r', command, T0)).rejects.toMatchObject({ code: ReferralErrorCode.ReferralNotFound });
    expect(identifications.lock).not.toHaveBeenCalled();
  });
});
