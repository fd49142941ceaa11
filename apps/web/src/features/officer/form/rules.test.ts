import { describe, expect, it } from 'vitest';
import { fromRequestBody, identificationSchema, isMinor, toRequestBody } from './rules';
import { emptyIdentification, type IdentificationValues, withOffset } from './values';

const filled = (): IdentificationValues => {
  const v = emptyIdentification(new Date(2026, 10, 20, 9, 30));
  v.place.region = 'mopti';
  v.place.cercle = 'Djenné';
  v.person = { ...v.person, givenNames: 'Test', familyName: 'Person', sex: 'female', estimatedAge: '25' };
  v.exploitation.forms = ['ForcedBegging'];
  v.assessment = 'PossibleVictimOfTrafficking';
  v.consent.givenBy = 'victim';
  return v;
};

const problems = (v: IdentificationValues) => {
  const result = identificationSchema.safeParse(v);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message.replace('officer.rules.', '')}`);
};

describe('the identification rules on the device', () => {
  it('accepts a complete identification and builds the API body without blank optional fields', () => {
    const v = filled();
    expect(problems(v)).toEqual([]);
    const body = toRequestBody(v);
    expect(body).toEqual({
      identifiedAt: withOffset('2026-11-20T09:30'),
      place: { region: 'mopti', cercle: 'Djenné' },
      person: { givenNames: 'Test', familyName: 'Person', sex: 'female', estimatedAge: 25, nationalities: ['ML'] },
      exploitation: { forms: ['ForcedBegging'] },
      indicators: [],
      assessment: 'PossibleVictimOfTrafficking',
      needs: [],
      consent: { referral: false, dataSharing: false, givenBy: 'victim', recordedAt: withOffset('2026-11-20T09:30') },
    });
  });

  it('writes local times with the device offset, as intake requires', () => {
    expect(withOffset('2026-11-20T09:30')).toMatch(/^2026-11-20T09:30:00(Z|[+-]\d{2}:\d{2})$|^2026-11-20T09:30:00[+-]\d{2}:\d{2}$/);
  });

  it('comes back from a body to the same form values (a refused item is corrected in the form)', () => {
    const v = filled();
    v.person.identityDocuments = [{ type: 'passport', number: 'A1', issuingCountry: 'ML' }];
    v.needs = [{ need: 'shelter', urgent: true }];
    v.place.latitude = '13.9';
    v.place.longitude = '-4.55';
    expect(fromRequestBody(toRequestBody(v))).toEqual(v);
  });

  it('requires what intake requires', () => {
    const v = emptyIdentification(new Date(2026, 10, 20, 9, 30));
    expect(problems(v)).toEqual(expect.arrayContaining([
      'place.region:choose', 'person.givenNames:required', 'person.familyName:required', 'person.sex:choose',
      'exploitation.forms:form', 'assessment:choose', 'consent.givenBy:choose',
    ]));
    // Rules across fields are checked once each field passes its own.
    Object.assign(v, filled(), { person: { ...filled().person, estimatedAge: '' } });
    expect(problems(v)).toEqual(['person.estimatedAge:required']);
  });

  it('refuses a labour sector without a labour form, and a sexual exploitation type without that form', () => {
    const v = filled();
    v.exploitation.forcedLabourSector = 'B_MiningAndQuarrying';
    v.exploitation.sexualExploitationType = 'Prostitution';
    expect(problems(v)).toEqual(['exploitation.forcedLabourSector:requiresLabourForm', 'exploitation.sexualExploitationType:requiresSexualExploitationForm']);
    v.exploitation.forms = ['ChildLabour', 'SexualExploitation'];
    expect(problems(v)).toEqual([]);
  });

  it('treats a child by age, or by presumption whatever the stated age, and refuses their own consent', () => {
    const v = filled();
    expect(isMinor(v)).toBe(false);
    v.person.presumedMinor = true;
    expect(isMinor(v)).toBe(true);
    expect(problems(v)).toEqual(['consent.givenBy:minorConsentGiver']);
    v.person.presumedMinor = false;
    v.person.ageMode = 'dateOfBirth';
    v.person.dateOfBirth = '2010-11-21';
    expect(isMinor(v)).toBe(true);
    v.person.dateOfBirth = '2008-11-20';
    expect(isMinor(v)).toBe(false);
    v.consent.givenBy = 'guardian';
    expect(problems(v)).toEqual([]);
  });

  it('checks dates, places, coordinates and phone numbers as the server does', () => {
    const v = filled();
    v.person.ageMode = 'dateOfBirth';
    v.person.dateOfBirth = '2010-02-30';
    v.place.cercle = 'Djenné 2';
    v.place.latitude = '13.9';
    v.person.phone = 'call me';
    v.exploitation.startedAt = '2026-11-21';
    expect(problems(v).sort()).toEqual([
      'exploitation.startedAt:notAfterIdentification', 'person.dateOfBirth:date', 'person.phone:phone', 'place.cercle:placeName', 'place.longitude:bothCoordinates',
    ]);
  });
});
