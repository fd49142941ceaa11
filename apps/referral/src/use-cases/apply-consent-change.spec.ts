import { AuditTrail } from '@relais/auth';
import { aReferral, anIdentification, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { emptyIdentification } from '../domain/identification';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { ApplyConsentChange } from './apply-consent-change';
import { ReferralRouter } from './shared/referral-router';
import { SystemCloser } from './shared/system-closer';

describe('ApplyConsentChange', () => {
  const identifications = mockOf<IdentificationRepository>();
  const referrals = mockOf<ReferralRepository>();
  const router = mockOf<ReferralRouter>();
  const closer = mockOf<SystemCloser>();
  const audit = mockOf<AuditTrail>();
  const useCase = new ApplyConsentChange(fakeTx(), identifications, referrals, router, closer, audit);
  const person = anIdentification();
  const change = (withdrawn: boolean, referral = !withdrawn) => ({
    identificationId: person.identificationId,
    victimRef: person.victimRef,
    changedAt: new Date(T0.getTime() + 60_000).toISOString(),
    consent: { referral, dataSharing: false, givenBy: 'victim' as const, withdrawn },
  });

  beforeEach(() => {
    jest.clearAllMocks();
    router.routeOutstanding.mockResolvedValue([]);
  });

  it('closes the open referrals consent no longer covers, and keeps urgent medical care', async () => {
    identifications.lockOrCreate.mockResolvedValue(person);
    const shelter = aReferral({ id: 'shelter' });
    const medical = aReferral({ id: 'medical', need: 'medical', urgent: true });
    referrals.openForUpdate.mockResolvedValue([shelter, medical]);

    const result = await useCase.execute(change(true), T0);

    expect(referrals.openForUpdate).toHaveBeenCalledWith([person.identificationId]);
    expect(closer.close).toHaveBeenCalledTimes(1);
    expect(closer.close).toHaveBeenCalledWith(MANAGER, shelter, 'consentWithdrawn', T0);
    expect(result).toEqual({ closed: ['shelter'], created: [] });
  });

  it('refusing referral without withdrawing closes the same way', async () => {
    identifications.lockOrCreate.mockResolvedValue(person);
    referrals.openForUpdate.mockResolvedValue([aReferral({ id: 'shelter' })]);
    expect((await useCase.execute(change(false, false), T0)).closed).toEqual(['shelter']);
  });

  it('closes nothing while consent allows, and routes what it now allows', async () => {
    identifications.lockOrCreate.mockResolvedValue(person);
    referrals.openForUpdate.mockResolvedValue([aReferral()]);
    router.routeOutstanding.mockResolvedValue([aReferral({ id: 'new' })]);
    expect(await useCase.execute(change(false), T0)).toEqual({ closed: [], created: ['new'] });
    expect(closer.close).not.toHaveBeenCalled();
  });

  it('only remembers the consent of an identification not yet heard of', async () => {
    identifications.lockOrCreate.mockResolvedValue(emptyIdentification(person.identificationId, person.victimRef));
    await useCase.execute(change(true), T0);
    expect(referrals.openForUpdate).not.toHaveBeenCalled();
    expect(identifications.save.mock.calls[0][0].consent).toMatchObject({ withdrawn: true });
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'consent.apply' }));
  });
});
