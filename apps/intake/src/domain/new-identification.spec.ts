import { ageFacts } from './age';
import { initialConsentRecords, NewIdentification, recordIdentification, submissionViolations } from './new-identification';

const input = (over: Partial<NewIdentification> = {}): NewIdentification => ({
  identifiedAt: '2026-11-20T09:30:00+01:00',
  place: { region: 'mopti', cercle: 'Djenné', locality: 'Gare routière' },
  person: { givenNames: 'Aminata', familyName: 'Traoré', sex: 'female', dateOfBirth: '2010-03-14', nationalities: ['ML'], phone: '+22370000000' },
  exploitation: { forms: ['ForcedLabour'], forcedLabourSector: 'B_MiningAndQuarrying' },
  indicators: ['debtBondage'],
  assessment: 'PossibleVictimOfTrafficking',
  needs: [{ need: 'shelter', urgent: true }],
  consent: { referral: true, dataSharing: false, givenBy: 'guardian', recordedAt: '2026-11-20T09:45:00Z' },
  suspects: [{ role: 'Exploiter', sex: 'male', name: 'Oumar K.' }, { sex: 'female' }],
  narrative: 'Trouvée à la mine.',
  ...over,
});

describe('submissionViolations', () => {
  it('accepts a consistent identification', () => {
    expect(submissionViolations(input(), ageFacts(input().person, input().identifiedAt))).toEqual([]);
  });

  it('refuses a child’s own consent, dates after the identification and details of absent forms', () => {
    const bad = input({
      person: { ...input().person, dateOfBirth: '2026-11-21' },
      exploitation: { forms: ['SexualExploitation'], forcedLabourSector: 'F_Construction', startedAt: '2026-12-01' },
      consent: { ...input().consent, givenBy: 'victim' },
    });
    expect(submissionViolations(bad, { ageGroup: '0-8', isMinor: true }).map((v) => `${v.path}:${v.code}`)).toEqual([
      'person.dateOfBirth:notAfterIdentification',
      'exploitation.startedAt:notAfterIdentification',
      'exploitation.forcedLabourSector:requiresLabourForm',
      'consent.givenBy:minorConsentGiver',
    ]);
    const sexual = input({ exploitation: { forms: ['ForcedBegging'], sexualExploitationType: 'Prostitution' } });
    expect(submissionViolations(sexual, { ageGroup: '9-17', isMinor: true })).toEqual([
      { path: 'exploitation.sexualExploitationType', code: 'requiresSexualExploitationForm' },
    ]);
  });
});

describe('recordIdentification', () => {
  const ctx = {
    id: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', victimRef: 'V-0123456789', now: '2026-11-20T10:00:00.000Z',
    reporter: { institution: 'police' as const, unitId: 'cp-mopti', officerId: 'o-1' }, age: { age: 16, ageGroup: '9-17' as const, isMinor: true },
  };

  it('keeps identifying details out of the record and in the sealed part only', () => {
    const { identification, personal } = recordIdentification(input(), ctx);
    const record = JSON.stringify(identification);
    for (const secret of ['Aminata', 'Traoré', '2010-03-14', '+22370000000', 'Oumar', 'mine.']) expect(record).not.toContain(secret);
    expect(personal).toMatchObject({ givenNames: 'Aminata', dateOfBirth: '2010-03-14', suspectNames: ['Oumar K.', null], narrative: 'Trouvée à la mine.' });
    expect(identification.suspects).toEqual([{ role: 'Exploiter', sex: 'male' }, { sex: 'female' }]);
  });

  it('normalises times to UTC and adds a child’s child-protection need', () => {
    const { identification } = recordIdentification(input(), ctx);
    expect(identification.identifiedAt).toBe('2026-11-20T08:30:00.000Z');
    expect(identification.needs).toEqual([{ need: 'shelter', urgent: true }, { need: 'childProtection', urgent: false }]);
    expect(identification).toMatchObject({ status: 'recorded', version: 1, isMinor: true, ageGroup: '9-17', consent: { withdrawn: false } });
  });
});

describe('initialConsentRecords', () => {
  it('records the consent to referral and to data sharing separately', () => {
    expect(initialConsentRecords(input()).map((r) => [r.purpose, r.given])).toEqual([['referral', true], ['dataSharing', false]]);
  });
});
