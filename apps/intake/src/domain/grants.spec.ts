import { applyCaseFact, applyReferralFact, CaseFact, CaseGrant, ReferralFact, referralGrantsAccess } from './grants';

const ids = { referralId: 'r1', victimRef: 'V-0000000001', agencyId: 'a1' };
const accepted: ReferralFact = { kind: 'accepted', at: '2026-11-20T10:00:00Z' };
const closed: ReferralFact = { kind: 'closed', at: '2026-11-25T10:00:00Z' };

function replay<S, F>(apply: (s: S | undefined, f: F) => S, facts: F[]): S {
  return facts.reduce<S | undefined>((s, f) => apply(s, f), undefined) as S;
}

describe('referral grants', () => {
  const applyFact = (s: ReturnType<typeof applyReferralFact> | undefined, f: ReferralFact) => applyReferralFact(s, ids, f);

  it('opens on acceptance and closes on closure', () => {
    expect(referralGrantsAccess(replay(applyFact, [accepted]))).toBe(true);
    expect(referralGrantsAccess(replay(applyFact, [accepted, closed]))).toBe(false);
  });

  it('ends closed whatever the order and however often events repeat', () => {
    for (const order of [[closed, accepted], [accepted, closed, accepted], [closed, closed, accepted, accepted]]) {
      expect(referralGrantsAccess(replay(applyFact, order))).toBe(false);
    }
  });

  it('reopens only for an acceptance later than the closure', () => {
    const reaccepted: ReferralFact = { kind: 'accepted', at: '2026-11-26T10:00:00Z' };
    expect(referralGrantsAccess(replay(applyFact, [reaccepted, closed, accepted]))).toBe(true);
    expect(referralGrantsAccess(replay(applyFact, [{ kind: 'closed', at: accepted.at }, accepted]))).toBe(false);
  });
});

describe('case grants', () => {
  const opened: CaseFact = { caseId: 'c1', officeId: 'tgi-mopti', victimRefs: ['V-A'], at: '2026-11-21T10:00:00Z' };
  const linked: CaseFact = { caseId: 'c1', officeId: 'tgi-mopti', victimRefs: ['V-A', 'V-B'], at: '2026-11-22T10:00:00Z' };
  const transferred: CaseFact = { caseId: 'c1', officeId: 'tgi-bamako-c6', victimRefs: ['V-A', 'V-B'], at: '2026-11-23T10:00:00Z' };
  const merged: CaseFact = { ...transferred, at: '2026-11-24T10:00:00Z', mergedInto: 'c2' };

  const orders = (facts: CaseFact[]): CaseFact[][] =>
    facts.length <= 1 ? [facts] : facts.flatMap((f, i) => orders([...facts.slice(0, i), ...facts.slice(i + 1)]).map((rest) => [f, ...rest]));

  it('gives the case to the office of the latest event and keeps every linked victim, in any order', () => {
    const expected: CaseGrant = {
      caseId: 'c1', officeId: 'tgi-bamako-c6', officeAt: transferred.at, victimRefs: ['V-A', 'V-B'],
    };
    for (const order of orders([opened, linked, transferred])) expect(replay(applyCaseFact, order)).toEqual(expected);
  });

  it('marks a merged case, in any order', () => {
    for (const order of orders([opened, transferred, merged])) {
      expect(replay(applyCaseFact, order)).toMatchObject({ mergedInto: 'c2', mergedAt: merged.at, officeId: 'tgi-bamako-c6' });
    }
  });
});
