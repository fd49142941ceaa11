import { accompanies, accompanyingAgencies, CaseNotice, Holding } from './accompaniment';

const t = (iso: string) => new Date(`2027-03-${iso}Z`);
const hearing: CaseNotice = { kind: 'hearing', occurredAt: t('10T10:00:00'), hearingAt: t('20T09:00:00') };
const judgment: CaseNotice = { kind: 'judgment', occurredAt: t('10T10:00:00') };
const holding = (acceptedAt: string | null, closedAt: string | null = null, agencyId = 'a1'): Holding => ({
  agencyId,
  acceptedAt: acceptedAt ? t(acceptedAt) : null,
  closedAt: closedAt ? t(closedAt) : null,
});

describe('accompanies', () => {
  it.each([
    ['not accepted (yet)', holding(null), hearing, false],
    ['closed but never seen accepted', holding(null, '05T00:00:00'), hearing, false],
    ['accepted before the notice, open', holding('01T00:00:00'), hearing, true],
    ['accepted after the hearing was scheduled but before it takes place', holding('15T00:00:00'), hearing, true],
    ['accepted only after the hearing took place', holding('21T00:00:00'), hearing, false],
    ['accepted exactly when the hearing starts', holding('20T09:00:00'), hearing, false],
    ['closed before the hearing was scheduled', holding('01T00:00:00', '05T00:00:00'), hearing, false],
    ['closed at the very moment it was scheduled', holding('01T00:00:00', '10T10:00:00'), hearing, false],
    ['closed after the hearing was scheduled', holding('01T00:00:00', '12T00:00:00'), hearing, true],
    ['judgment, accepted before', holding('01T00:00:00'), judgment, true],
    ['judgment, accepted after it was rendered', holding('25T00:00:00'), judgment, true],
    ['judgment, closed before it was rendered', holding('01T00:00:00', '09T00:00:00'), judgment, false],
  ])('%s → %s', (_, h, notice, expected) => {
    expect(accompanies(h, notice)).toBe(expected);
  });
});

describe('accompanyingAgencies', () => {
  it('lists each agency once, whatever the number of its referrals for the case victims', () => {
    const holdings = [holding('01T00:00:00', null, 'b'), holding('02T00:00:00', null, 'a'), holding('03T00:00:00', null, 'b'), holding(null, null, 'c')];
    expect(accompanyingAgencies(holdings, judgment)).toEqual(['a', 'b']);
  });

  it('gives the same answer whatever order the facts were learnt in', () => {
    const facts = [holding('01T00:00:00', '12T00:00:00', 'a'), holding('21T00:00:00', null, 'b'), holding('15T00:00:00', null, 'c')];
    const orders = [facts, [...facts].reverse(), [facts[1], facts[0], facts[2]]];
    const answers = orders.map((o) => accompanyingAgencies(o, hearing));
    expect(new Set(answers.map((a) => a.join()))).toEqual(new Set(['a,c']));
  });
});
