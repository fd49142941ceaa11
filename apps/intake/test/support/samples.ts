import { Identification } from '../../src/domain/identification';

/** A complete identification record, for unit tests of pure logic. */
export const sampleIdentification = (): Identification => ({
  id: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f',
  victimRef: 'V-0123456789',
  status: 'recorded',
  version: 1,
  identifiedAt: '2026-11-20T10:00:00.000Z',
  place: { region: 'mopti', cercle: 'Djenné', locality: 'Sofara', latitude: 14.01, longitude: -4.25 },
  reporter: { institution: 'gendarmerie', unitId: 'brigade-djenne', officerId: 'officer-7' },
  sex: 'male',
  ageGroup: '9-17',
  isMinor: true,
  nationalities: ['ML'],
  languages: ['bam'],
  exploitation: { forms: ['ForcedBegging'], methodsOfControl: ['PhysicalThreats'], recruitmentMethod: 'ThroughFamilyOrFamilyEvents' },
  indicators: ['isolation'],
  assessment: 'PossibleVictimOfTrafficking',
  needs: [{ need: 'childProtection', urgent: true }],
  consent: { referral: true, dataSharing: false, givenBy: 'guardian', withdrawn: false },
  suspects: [{ role: 'Exploiter', sex: 'male' }],
  createdAt: '2026-11-20T10:05:00.000Z',
  updatedAt: '2026-11-20T10:05:00.000Z',
});
