import { randomUUID } from 'node:crypto';
import { Principal } from '@relais/auth';
import { uuidv7 } from '@relais/contracts';
import { tokenFor } from '@relais/testing';

/** Details that must never appear outside the vault: tests look for each of them in clear. */
export const SECRETS = {
  givenNames: 'Aminata Kadiatou',
  familyName: 'Traoré-Sidibé',
  otherNames: 'Mina la Petite',
  dateOfBirth: '2009-03-14',
  phone: '+22376543210',
  address: 'Rue 314 porte 27 Lafiabougou',
  documentNumber: 'NINA-7788990011',
  disability: 'Malentendante oreille gauche',
  suspectName: 'Oumar Kanté dit Le Boss',
  narrative: 'Récit confidentiel : recrutée au marché de Sévaré par un intermédiaire.',
};

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** A complete, valid identification of an adult, with every identifying field filled in. */
export function adultBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uuidv7(),
    identifiedAt: ago(2),
    place: { region: 'mopti', cercle: 'Mopti', commune: 'Sévaré', locality: 'Gare routière', latitude: 14.53, longitude: -4.1 },
    person: {
      givenNames: SECRETS.givenNames,
      familyName: SECRETS.familyName,
      otherNames: SECRETS.otherNames,
      sex: 'female',
      genderIdentity: 'Feminine',
      dateOfBirth: '1999-07-01',
      nationalities: ['ML', 'BF'],
      languages: ['bm', 'fr'],
      phone: SECRETS.phone,
      address: SECRETS.address,
      identityDocuments: [{ type: 'ninaCard', number: SECRETS.documentNumber, issuingCountry: 'ML' }],
      disability: SECRETS.disability,
    },
    exploitation: {
      forms: ['SexualExploitation'],
      sexualExploitationType: 'Prostitution',
      methodsOfControl: ['DebtBondage', 'WithholdsDocuments'],
      recruitmentMethod: 'AtAPlaceOfBusiness',
      relationshipToTrafficker: 'Acquainted',
      countryOfRecruitment: 'ML',
      countryOfExploitation: 'ML',
      startedAt: '2025-06-01',
    },
    indicators: ['deception', 'debtBondage', 'retentionOfIdentityDocuments'],
    assessment: 'PossibleVictimOfTrafficking',
    needs: [{ need: 'shelter', urgent: true }, { need: 'medical' }],
    consent: { referral: true, dataSharing: false, givenBy: 'victim', recordedAt: ago(2) },
    suspects: [{ role: 'RecruiterOrIntermediary', sex: 'male', nationality: 'ML', relationshipToVictim: 'Acquainted', name: SECRETS.suspectName }],
    narrative: SECRETS.narrative,
    ...over,
  };
}

/** A child of about twelve whose birth date is unknown, consent by a guardian. */
export function childBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = adultBody();
  return {
    ...base,
    person: { givenNames: 'Moussa', familyName: 'Diarra', sex: 'male', estimatedAge: 12, nationalities: ['ML'] },
    exploitation: { forms: ['ForcedBegging'] },
    needs: [{ need: 'basicNeeds' }],
    consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: ago(2) },
    suspects: [],
    narrative: undefined,
    ...over,
  };
}

/** A fresh random name, so blind-index matches in one test never come from another test's people. */
export function uniquePerson(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { givenNames: `Awa ${randomUUID().slice(0, 8)}`, familyName: 'Coulibaly', sex: 'female', estimatedAge: 25, nationalities: ['ML'], ...over };
}

export const PEOPLE = {
  officerMopti: { sub: 'officer-mopti-1', roles: ['police_officer'], unitId: 'cp-mopti-1', institution: 'police', region: 'mopti' },
  officerMopti2: { sub: 'officer-mopti-2', roles: ['police_officer'], unitId: 'cp-mopti-1', institution: 'police', region: 'mopti' },
  officerSegou: { sub: 'officer-segou-1', roles: ['police_officer'], unitId: 'brigade-segou-1', institution: 'gendarmerie', region: 'segou' },
  supervisorMopti: { sub: 'supervisor-mopti', roles: ['police_supervisor'], unitId: 'cp-mopti-2', institution: 'police', region: 'mopti' },
  officerWithoutUnit: { sub: 'officer-nowhere', roles: ['police_officer'], institution: 'police' },
  coordinator: { sub: 'coordinator-1', roles: ['coordinator'] },
  shelter: { sub: 'caseworker-shelter', roles: ['agency_caseworker'], agencyId: 'shelter-mopti' },
  otherAgency: { sub: 'caseworker-other', roles: ['agency_caseworker'], agencyId: 'ngo-bamako' },
  prosecutorMopti: { sub: 'prosecutor-mopti', roles: ['prosecutor'], jurisdiction: 'tgi-mopti' },
  prosecutorBamako: { sub: 'prosecutor-bamako', roles: ['prosecutor'], jurisdiction: 'tgi-bamako-c6' },
  statistician: { sub: 'statistician-1', roles: ['statistician'] },
  dpo: { sub: 'dpo-1', roles: ['data_protection_officer'] },
} satisfies Record<string, Principal>;

export type Person = keyof typeof PEOPLE;

const cache = new Map<Person, string>();
export async function tokenOf(person: Person): Promise<string> {
  if (!cache.has(person)) cache.set(person, await tokenFor(PEOPLE[person]));
  return cache.get(person)!;
}
