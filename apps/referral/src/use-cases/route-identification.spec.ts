import { newVictimRef, uuidv7, VictimIdentifiedV1 } from '@relais/contracts';
import { AuditTrail } from '@relais/auth';
import { aReferral, fakeTx, MANAGER, mockOf, T0 } from '../../test/doubles';
import { applyIdentified, emptyIdentification } from '../domain/identification';
import { IdentificationRepository } from '../persistence/identification.repository';
import { RouteIdentification } from './route-identification';
import { ReferralRouter } from './shared/referral-router';

describe('RouteIdentification', () => {
  const identifications = mockOf<IdentificationRepository>();
  const router = mockOf<ReferralRouter>();
  const audit = mockOf<AuditTrail>();
  const useCase = new RouteIdentification(fakeTx(), identifications, router, audit);

  const event: VictimIdentifiedV1 = {
    identificationId: uuidv7(),
    victimRef: newVictimRef(),
    identifiedAt: T0.toISOString(),
    region: 'kayes',
    institution: 'gendarmerie',
    unitId: 'u',
    sex: 'male',
    ageGroup: '0-8',
    isMinor: true,
    nationalities: ['ML'],
    forms: ['ForcedBegging'],
    methodsOfControl: [],
    needs: [],
    consent: { referral: false, dataSharing: false, givenBy: 'notApplicable' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 0,
  };

  it('records the facts under the person\'s lock, routes what is outstanding and audits it', async () => {
    const recorded = applyIdentified(emptyIdentification(event.identificationId, event.victimRef), event);
    identifications.recordIdentified.mockResolvedValue(recorded);
    router.routeOutstanding.mockResolvedValue([aReferral({ id: 'made' })]);

    const made = await useCase.execute(event, T0);

    expect(identifications.recordIdentified).toHaveBeenCalledWith(event, T0);
    expect(router.routeOutstanding).toHaveBeenCalledWith(MANAGER, recorded, T0, 'system:referral');
    expect(made.map((r) => r.id)).toEqual(['made']);
    expect(audit.append).toHaveBeenCalledWith(MANAGER, expect.objectContaining({ action: 'identification.record', details: { referrals: ['made'] } }));
  });
});
