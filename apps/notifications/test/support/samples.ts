import {
  CaseMergedV1, CaseOpenedV1, CaseTransferredV1, HearingScheduledV1, JudgmentRenderedV1, newReference, newVictimRef,
  PersonalDataErasedV1, ReferralAcceptedV1, ReferralAcknowledgedV1, ReferralClosedV1, ReferralCreatedV1, ReferralDeclinedV1,
  ReferralEscalatedV1, uuidv7, VictimLinkedV1,
} from '@relais/contracts';

/** Event data as the producing services would send it; every call gives fresh ids. */
export const at = (iso: string) => `${iso}.000Z`;

interface ReferralFacts {
  referralId: string;
  reference: string;
  victimRef: string;
  identificationId: string;
  agencyId: string;
  need: ReferralCreatedV1['need'];
}

export function referralFacts(overrides: Partial<ReferralFacts> = {}): ReferralFacts {
  return {
    referralId: uuidv7(),
    reference: newReference('R'),
    victimRef: newVictimRef(),
    identificationId: uuidv7(),
    agencyId: 'agency-shelter-mopti',
    need: 'shelter',
    ...overrides,
  };
}

export const created = (f = referralFacts(), extra: Partial<ReferralCreatedV1> = {}): ReferralCreatedV1 => ({
  ...f,
  agencyType: 'Shelter',
  urgent: false,
  region: 'mopti',
  isMinor: true,
  ageGroup: '9-17',
  sex: 'female',
  createdAt: at('2027-03-10T12:30:00'),
  dueBy: at('2027-03-10T14:30:00'),
  ...extra,
});

export const acknowledged = (f = referralFacts()): ReferralAcknowledgedV1 => ({
  ...f,
  acknowledgedAt: at('2027-03-10T13:00:00'),
  dueBy: at('2027-03-11T13:00:00'),
});

export const accepted = (f = referralFacts(), acceptedAt = at('2027-03-10T15:00:00')): ReferralAcceptedV1 => ({ ...f, acceptedAt });

export const declined = (f = referralFacts()): ReferralDeclinedV1 => ({ ...f, declinedAt: at('2027-03-10T15:00:00'), reason: 'noCapacity' });

export const closed = (f = referralFacts(), closedAt = at('2027-06-01T10:00:00')): ReferralClosedV1 => ({ ...f, closedAt, outcome: 'serviceProvided' });

export const escalated = (extra: Partial<ReferralEscalatedV1> = {}): ReferralEscalatedV1 => ({
  escalationId: uuidv7(),
  referralId: uuidv7(),
  reference: newReference('R'),
  victimRef: newVictimRef(),
  identificationId: uuidv7(),
  agencyId: 'agency-shelter-mopti',
  need: 'medical',
  urgent: true,
  region: 'segou',
  cause: 'deadlineMissed',
  escalatedAt: at('2027-03-10T16:00:00'),
  ...extra,
});

interface CaseFacts {
  caseId: string;
  reference: string;
  officeId: string;
  victimRefs: string[];
}

export function caseFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return { caseId: uuidv7(), reference: newReference('C'), officeId: 'tgi-mopti', victimRefs: [newVictimRef()], ...overrides };
}

export const caseOpened = (c = caseFacts()): CaseOpenedV1 => ({
  ...c,
  identificationIds: [uuidv7()],
  region: 'mopti',
  openedAt: at('2027-03-10T12:45:00'),
  openedFrom: 'identification',
});

export const victimLinked = (c = caseFacts(), victimRef = newVictimRef()): VictimLinkedV1 => ({
  ...c,
  victimRefs: [...c.victimRefs, victimRef],
  victimRef,
  identificationId: uuidv7(),
  linkedAt: at('2027-03-11T09:00:00'),
});

export const transferred = (c = caseFacts(), fromOfficeId = 'tgi-kayes'): CaseTransferredV1 => ({
  ...c,
  fromOfficeId,
  transferredAt: at('2027-03-12T09:00:00'),
});

export const merged = (c = caseFacts(), intoCaseId = uuidv7()): CaseMergedV1 => ({ ...c, intoCaseId, mergedAt: at('2027-03-12T09:00:00') });

export const hearing = (c = caseFacts(), hearingAt = at('2027-04-15T09:00:00')): HearingScheduledV1 => ({
  ...c,
  hearingId: uuidv7(),
  at: hearingAt,
  court: 'Tribunal de grande instance de Mopti',
  kind: 'trial',
});

export const judgment = (c = caseFacts()): JudgmentRenderedV1 => ({
  ...c,
  judgmentId: uuidv7(),
  renderedAt: at('2027-05-20T11:00:00'),
  instance: 'first',
  defendants: [
    { defendantId: uuidv7(), sex: 'male', charges: ['0204'], outcome: 'convicted', sentenceMonths: 84 },
    { defendantId: uuidv7(), sex: 'female', charges: ['0204'], outcome: 'convicted', sentenceMonths: 60 },
    { defendantId: uuidv7(), sex: 'male', charges: ['0204'], outcome: 'acquitted' },
  ],
});

export const erased = (victimRef = newVictimRef()): PersonalDataErasedV1 => ({
  victimRef,
  identificationIds: [uuidv7()],
  erasedAt: at('2027-03-20T10:00:00'),
});

/** Values of the kind intake's vault holds, to prove none can reach a message. */
export const PERSONAL_SAMPLE = {
  givenNames: 'Aminata',
  familyName: 'Coulibaly',
  otherNames: 'Mimi',
  fullName: 'Aminata Coulibaly',
  name: 'Aminata Coulibaly',
  dateOfBirth: '2011-04-03',
  phone: '+22376543210',
  phones: ['+22376543211'],
  email: 'aminata.coulibaly@example.org',
  emails: ['famille.coulibaly@example.org'],
  address: 'Rue 412, porte 17, Sévaré',
  identityDocuments: [{ number: 'ML-NINA-1234567890' }],
  narrative: 'Recrutée à Bandiagara par un oncle, elle a été conduite à Bamako',
  secret: 'whsec_c2VjcmV0LXZhbHVlLW5ldmVyLXNob3du',
  password: 'hunter2-motdepasse',
  authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.secret',
  cookie: 'session=abcdef0123456789',
} as const;

/** Every personal value above as flat strings (nested ones included). */
export const PERSONAL_VALUES: string[] = Object.values(PERSONAL_SAMPLE).flatMap((v) =>
  typeof v === 'string' ? [v] : v.map((item) => (typeof item === 'string' ? item : item.number)),
);
