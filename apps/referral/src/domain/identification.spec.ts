import { ConsentChangedV1, IdentificationCorrectedV1, VictimIdentifiedV1 } from '@relais/contracts';
import {
  applyConsentChange, applyCorrection, applyErasure, applyIdentified, consentAllows, emptyIdentification, IdentificationState,
  needsToRoute, referralStillAllowed, routingSubject,
} from './identification';

const ID = '0193b1e4-6f2a-7c3d-8e4f-000000000001';
const REF = 'V-7K3M9Q2XPA';

function identified(overrides: Partial<VictimIdentifiedV1> = {}): VictimIdentifiedV1 {
  return {
    identificationId: ID,
    victimRef: REF,
    identifiedAt: '2026-12-01T10:00:00.000Z',
    region: 'mopti',
    institution: 'police',
    unitId: 'unit-1',
    sex: 'female',
    ageGroup: '24-26',
    isMinor: false,
    nationalities: ['ML'],
    languages: ['ff'],
    forms: ['ForcedLabour'],
    methodsOfControl: [],
    needs: [{ need: 'shelter', urgent: false, referralConsented: true }],
    consent: { referral: true, dataSharing: false, givenBy: 'victim' },
    assessment: 'PossibleVictimOfTrafficking',
    suspectsCount: 0,
    ...overrides,
  };
}

function corrected(at: string, overrides: Partial<IdentificationCorrectedV1> = {}): IdentificationCorrectedV1 {
  return {
    identificationId: ID,
    victimRef: REF,
    correctedAt: at,
    changedFields: ['needs'],
    region: 'mopti',
    forms: ['ForcedLabour'],
    methodsOfControl: [],
    needs: [
      { need: 'shelter', urgent: false, referralConsented: true },
      { need: 'legalAid', urgent: false, referralConsented: true },
    ],
    assessment: 'PossibleVictimOfTrafficking',
    ...overrides,
  };
}

function consent(at: string, referral: boolean, withdrawn: boolean): ConsentChangedV1 {
  return { identificationId: ID, victimRef: REF, changedAt: at, consent: { referral, dataSharing: false, givenBy: 'victim', withdrawn } };
}

const fresh = (): IdentificationState => emptyIdentification(ID, REF);

describe('merging intake\'s events in any order', () => {
  it('knows nothing to route until the identification itself has arrived', () => {
    const early = applyCorrection(fresh(), corrected('2026-12-01T11:00:00.000Z'));
    expect(routingSubject(early)).toBeNull();
    expect(routingSubject(applyIdentified(early, identified()))).not.toBeNull();
  });

  it('keeps a newer correction when the identification arrives after it', () => {
    const state = applyIdentified(applyCorrection(fresh(), corrected('2026-12-01T11:00:00.000Z', { region: 'kayes' })), identified());
    expect(state.region).toBe('kayes');
    expect(state.needs?.map((n) => n.need)).toEqual(['shelter', 'legalAid']);
  });

  it('remembers the identifying unit, which a correction does not change (its officers follow the referrals)', () => {
    const state = applyCorrection(applyIdentified(fresh(), identified({ unitId: 'unit-mopti-1' })), corrected('2026-12-01T11:00:00.000Z'));
    expect(state.unitId).toBe('unit-mopti-1');
    expect(fresh().unitId).toBeNull();
  });

  it('ignores a correction older than the facts it would replace', () => {
    const state = applyCorrection(applyIdentified(fresh(), identified()), corrected('2026-12-01T09:00:00.000Z', { region: 'kayes' }));
    expect(state.region).toBe('mopti');
  });

  it('keeps the newest consent, whatever arrives last', () => {
    const withdrawn = consent('2026-12-01T12:00:00.000Z', false, true);
    const state = applyIdentified(applyConsentChange(fresh(), withdrawn), identified());
    expect(state.consent).toMatchObject({ withdrawn: true });
    const stale = applyConsentChange(state, consent('2026-12-01T11:00:00.000Z', true, false));
    expect(stale).toBe(state);
  });

  it('an erasure, once seen, stops all routing for good', () => {
    const erased = applyErasure(fresh(), new Date('2026-12-01T09:00:00Z'));
    expect(routingSubject(applyIdentified(erased, identified()))).toBeNull();
    expect(applyErasure(erased, new Date('2026-12-02T00:00:00Z')).erasedAt).toEqual(new Date('2026-12-01T09:00:00Z'));
  });
});

describe('what consent allows', () => {
  const known = applyIdentified(fresh(), identified({ needs: [{ need: 'shelter', urgent: false, referralConsented: false }] }));

  it('follows intake\'s per-need flag while no later consent change is known', () => {
    expect(consentAllows(known, { referralConsented: false })).toBe(false);
    expect(consentAllows(known, { referralConsented: true })).toBe(true);
  });

  it('follows a later consent change for every need', () => {
    const given = applyConsentChange(known, consent('2026-12-01T12:00:00.000Z', true, false));
    expect(routingSubject(given)?.needs).toEqual([{ need: 'shelter', urgent: false, referralConsented: true }]);
  });

  it('allows nothing after a withdrawal, even a need flagged as consented', () => {
    const withdrawn = applyConsentChange(known, consent('2026-12-01T12:00:00.000Z', true, true));
    expect(consentAllows(withdrawn, { referralConsented: true })).toBe(false);
  });

  it('keeps a child\'s child protection and an urgent medical referral through a withdrawal', () => {
    const child = applyConsentChange(
      applyIdentified(fresh(), identified({ isMinor: true, ageGroup: '9-17' })),
      consent('2026-12-01T12:00:00.000Z', false, true),
    );
    expect(referralStillAllowed(child, { need: 'childProtection', urgent: false })).toBe(true);
    expect(referralStillAllowed(child, { need: 'shelter', urgent: true })).toBe(false);
    expect(referralStillAllowed(child, { need: 'medical', urgent: true })).toBe(true);
    expect(referralStillAllowed(child, { need: 'medical', urgent: false })).toBe(false);
  });
});

describe('needs still to route', () => {
  const state = applyIdentified(fresh(), identified({ needs: [{ need: 'shelter', urgent: false, referralConsented: true }, { need: 'legalAid', urgent: false, referralConsented: true }] }));
  const subject = routingSubject(state)!;

  it('are the allowed needs with neither a referral nor a no-candidate escalation', () => {
    expect(needsToRoute(subject, { referrals: [], noCandidateNeeds: [], openElsewhere: [] }).map((n) => n.need)).toEqual(['shelter', 'legalAid']);
    expect(needsToRoute(subject, { referrals: [{ need: 'shelter', status: 'declined', outcome: null }], noCandidateNeeds: ['legalAid'], openElsewhere: [] })).toEqual([]);
  });

  it('include again a need whose referral was closed because consent was withdrawn', () => {
    const history = { referrals: [{ need: 'shelter' as const, status: 'closed', outcome: 'consentWithdrawn' }], noCandidateNeeds: [], openElsewhere: [] };
    expect(needsToRoute(subject, history).map((n) => n.need)).toEqual(['shelter', 'legalAid']);
    const served = { referrals: [{ need: 'shelter' as const, status: 'closed', outcome: 'serviceProvided' }], noCandidateNeeds: [], openElsewhere: [] };
    expect(needsToRoute(subject, served).map((n) => n.need)).toEqual(['legalAid']);
  });

  it('leave out a need an agency already works on under another identification of the same person', () => {
    expect(needsToRoute(subject, { referrals: [], noCandidateNeeds: [], openElsewhere: ['shelter'] }).map((n) => n.need)).toEqual(['legalAid']);
  });
});
