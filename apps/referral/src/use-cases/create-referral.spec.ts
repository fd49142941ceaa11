import { IdempotencyStore } from '@relais/platform';
import { aReferral, anAgency, anIdentification, coordinatorPrincipal, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { ReferralErrorCode } from '../domain/referral-errors';
import { AgencyRepository } from '../persistence/agency.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { ReferralRepository } from '../persistence/referral.repository';
import { CreateReferral, CreateReferralCommand } from './create-referral';
import { ReferralRouter } from './shared/referral-router';

describe('CreateReferral (by the coordinator)', () => {
  const identifications = mockOf<IdentificationRepository>();
  const agencies = mockOf<AgencyRepository>();
  const referrals = mockOf<ReferralRepository>();
  const router = mockOf<ReferralRouter>();
  const idempotency = mockOf<IdempotencyStore>();
  const useCase = new CreateReferral(fakeTx(), identifications, agencies, referrals, router, idempotency);
  const command: CreateReferralCommand = { id: 'new-id', identificationId: 'ident', need: 'shelter', agencyId: 'far-shelter' };

  beforeEach(() => {
    jest.clearAllMocks();
    idempotency.execute.mockImplementation(async (_m, _req, work) => ({ ...(await work()), replayed: false }) as never);
    referrals.exists.mockResolvedValue(false);
    identifications.lock.mockResolvedValue(anIdentification());
    agencies.find.mockResolvedValue(anAgency('far-shelter', { regions: ['kayes'] }));
    router.referTo.mockResolvedValue(aReferral({ id: 'new-id', agencyId: 'far-shelter' }));
  });

  it('refers to the agency chosen, even outside the rules\' region, under the client\'s id', async () => {
    const created = await useCase.execute(coordinatorPrincipal, command, T0);
    expect(created).toMatchObject({ status: 201, referral: { id: 'new-id', agencyId: 'far-shelter' } });
    expect(router.referTo).toHaveBeenCalledWith(MANAGER, anIdentification(), expect.objectContaining({ region: 'mopti' }), { need: 'shelter', urgent: false, referralConsented: true }, expect.objectContaining({ id: 'far-shelter' }), T0, 'coord', 'new-id');
    expect(idempotency.execute).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ scope: 'referral:create-referral', key: 'new-id' }), expect.any(Function));
  });

  it.each([
    ['an unknown or erased identification', () => identifications.lock.mockResolvedValue(anIdentification({ erasedAt: T0 })), ReferralErrorCode.IdentificationNotFound],
    ['an adult\'s need without consent', () => identifications.lock.mockResolvedValue(anIdentification({ consent: { referral: false, dataSharing: false, givenBy: 'victim', withdrawn: true } })), ReferralErrorCode.ConsentRequired],
    ['an unknown agency', () => agencies.find.mockResolvedValue(null), ReferralErrorCode.AgencyNotFound],
    ['an agency without the service', () => agencies.find.mockResolvedValue(anAgency('x-y', { services: ['legalAid'] })), ReferralErrorCode.AgencyCannotTake],
    ['an inactive agency', () => agencies.find.mockResolvedValue(anAgency('x-y', { active: false })), ReferralErrorCode.AgencyCannotTake],
    ['an agency that does not take adults', () => agencies.find.mockResolvedValue(anAgency('x-y', { accepts: { minors: true, adults: false, sexes: ['female'] } })), ReferralErrorCode.AgencyCannotTake],
    ['a need already referred to that agency', () => router.referTo.mockResolvedValue(null), ReferralErrorCode.AlreadyReferred],
    ['an id already used', () => referrals.exists.mockResolvedValue(true), ReferralErrorCode.ReferralIdTaken],
  ])('refuses %s', async (_what, arrange, code) => {
    arrange();
    await expect(useCase.execute(coordinatorPrincipal, command, T0)).rejects.toMatchObject({ code });
  });

  it('refers a child to child protection without consent', async () => {
    identifications.lock.mockResolvedValue(anIdentification({ isMinor: true, ageGroup: '9-17', consent: { referral: false, dataSharing: false, givenBy: 'guardian', withdrawn: true } }));
    agencies.find.mockResolvedValue(anAgency('cp-x', { type: 'ChildProtection', services: ['childProtection'] }));
    await useCase.execute(coordinatorPrincipal, { ...command, need: 'childProtection', agencyId: 'cp-x', urgent: true }, T0);
    expect(router.referTo).toHaveBeenCalledWith(MANAGER, expect.anything(), expect.anything(), { need: 'childProtection', urgent: true, referralConsented: false }, expect.anything(), T0, 'coord', 'new-id');
  });
});
