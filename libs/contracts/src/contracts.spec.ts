import {
  AGE_BANDS, ASSESSMENTS, buildEvent, decodeEvent, EVENT_CATALOGUE, EXPLOITATION_FORMS, INSTITUTIONS, NEEDS,
  newVictimRef, ORGANISATION_TYPES, REGIONS, SEXES, uuidv7, UUID_V7_PATTERN, validateEvent, VictimIdentified,
  VictimIdentifiedV1, Vocabularies, ageBandOf, ageInYears, ILO_INDICATORS, ReferralEscalated,
} from './index';

const identified = (): VictimIdentifiedV1 => ({
  identificationId: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f',
  victimRef: newVictimRef(),
  identifiedAt: '2026-11-20T10:00:00.000Z',
  region: 'mopti',
  institution: 'police',
  unitId: 'unit-mopti-1',
  sex: 'male',
  ageGroup: '9-17',
  isMinor: true,
  nationalities: ['ML'],
  forms: ['ForcedBegging'],
  methodsOfControl: ['PhysicalThreats'],
  needs: [{ need: 'childProtection', urgent: false, referralConsented: true }],
  consent: { referral: true, dataSharing: false, givenBy: 'guardian' },
  assessment: 'PossibleVictimOfTrafficking',
  suspectsCount: 1,
});

describe('vocabularies', () => {
  it.each([
    ['regions', REGIONS],
    ['sexes', SEXES],
    ['needs', NEEDS],
    ['exploitationForms', EXPLOITATION_FORMS],
    ['assessments', ASSESSMENTS],
    ['ageBands', AGE_BANDS],
    ['institutions', INSTITUTIONS],
    ['iloIndicators', ILO_INDICATORS],
    ['organisationTypes', ORGANISATION_TYPES],
  ] as const)('the %s code list equals its data file', (name, codes) => {
    expect([...Vocabularies[name].codes]).toEqual([...codes]);
  });

  it('labels every entry in French and English', () => {
    for (const vocabulary of Object.values(Vocabularies)) {
      for (const entry of vocabulary.entries) {
        expect(entry.label.fr).toBeTruthy();
        expect(entry.label.en).toBeTruthy();
      }
    }
  });

  it('maps every form of exploitation to an HTCDS value', () => {
    for (const form of Vocabularies.exploitationForms.entries) {
      expect(Vocabularies.exploitationForms.has(form.htcds)).toBe(true);
    }
  });

  it('holds the 249 ISO 3166-1 countries, Mali included', () => {
    expect(Vocabularies.countries.codes).toHaveLength(249);
    expect(Vocabularies.countries.label('ML', 'fr')).toBe('Mali');
  });
});

describe('age', () => {
  it.each([
    [0, '0-8'], [8, '0-8'], [9, '9-17'], [17, '9-17'], [18, '18-20'], [29, '27-29'], [47, '39-47'], [48, '48+'],
    [null, 'unknown'], [-1, 'unknown'],
  ])('age %p is in band %s', (age, band) => {
    expect(ageBandOf(age as number | null)).toBe(band);
  });

  it('counts whole years up to the day before a birthday', () => {
    expect(ageInYears('2008-11-30', '2026-11-29')).toBe(17);
    expect(ageInYears('2008-11-29', '2026-11-29')).toBe(18);
  });
});

describe('uuidv7', () => {
  it('is a version 7 UUID, increasing within one process', () => {
    const ids = Array.from({ length: 1000 }, () => uuidv7());
    for (const id of ids) expect(id).toMatch(UUID_V7_PATTERN);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('event codec', () => {
  it('builds an event that validates, as producer and as consumer', () => {
    const event = buildEvent(VictimIdentified, identified(), { correlationId: 'c-1' });
    expect(event.subject).toBe(event.data.identificationId);
    expect(event.dataschema).toBe('urn:relais:schema:intake.victim-identified.v1');
    expect(validateEvent(event, 'produce').kind).toBe('valid');
    expect(decodeEvent(Buffer.from(JSON.stringify(event))).kind).toBe('valid');
  });

  it('names each failing field', () => {
    const data = { ...identified(), region: 'atlantis', needs: [{ need: 'spa', urgent: 'yes', referralConsented: true }] };
    const result = validateEvent(buildEvent(VictimIdentified, data as never, { correlationId: 'c' }), 'produce');
    expect(result.kind).toBe('invalid');
    const reason = (result as { reason: string }).reason;
    expect(reason).toContain('region');
    expect(reason).toContain('needs.0.need');
    expect(reason).toContain('needs.0.urgent');
  });

  it('rejects unknown fields when producing but strips them when consuming', () => {
    const event = buildEvent(VictimIdentified, { ...identified(), futureField: 1 } as never, { correlationId: 'c' });
    expect(validateEvent(event, 'produce').kind).toBe('invalid');
    const consumed = validateEvent(JSON.parse(JSON.stringify(event)), 'consume');
    expect(consumed.kind).toBe('valid');
    expect((consumed as { event: { data: object } }).event.data).not.toHaveProperty('futureField');
  });

  it('tells an unknown type apart from an invalid envelope', () => {
    const event = buildEvent(VictimIdentified, identified(), { correlationId: 'c' });
    expect(validateEvent({ ...event, type: 'intake.something-new.v9' }, 'consume').kind).toBe('unknown-type');
    expect(validateEvent({ ...event, specversion: '0.3' }, 'consume').kind).toBe('invalid');
    expect(decodeEvent('not json').kind).toBe('invalid');
    expect(decodeEvent(null).kind).toBe('invalid');
  });

  it('rejects a subject that is not the aggregate id', () => {
    const event = buildEvent(VictimIdentified, identified(), { correlationId: 'c' });
    expect(validateEvent({ ...event, subject: 'other' }, 'consume').kind).toBe('invalid');
  });

  it('keys an escalation without referral by its escalation id', () => {
    const data = { escalationId: uuidv7(), victimRef: newVictimRef(), identificationId: uuidv7(), need: 'shelter', urgent: false, region: 'kidal', cause: 'noCandidate', escalatedAt: new Date().toISOString() } as const;
    expect(ReferralEscalated.keyOf(data)).toBe(data.escalationId);
    expect(validateEvent(buildEvent(ReferralEscalated, { ...data }, { correlationId: 'c' }), 'produce').kind).toBe('valid');
  });

  it('catalogues each type once, each with a versioned name matching its source', () => {
    for (const d of EVENT_CATALOGUE) expect(d.type.startsWith(`${d.source}.`)).toBe(true);
  });
});
