import { Principal } from '@relais/auth';
import { doubles, MOPTI, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { CaseProgress, CaseRepository } from '../persistence/case.repository';
import { ListCaseStatuses } from './list-case-statuses';

const officer: Principal = { sub: 'officer', roles: ['police_officer'], unitId: 'unit-a', region: 'mopti' };
const supervisor: Principal = { sub: 'supervisor', roles: ['police_supervisor'], unitId: 'unit-s', region: 'kayes' };
const T0 = new Date('2026-12-01T08:00:00Z');
const progress = (stage: CaseProgress['stage']): CaseProgress => ({
  caseId: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f', reference: 'C-7K3M9Q2X', victimRef: 'V-7K3M9Q2XRT', officeId: MOPTI,
  officeName: { fr: 'Parquet de Mopti', en: 'Mopti prosecutor' }, stage, stageChangedAt: T0, openedAt: T0,
});

function setup(found: CaseProgress[]) {
  const d = doubles();
  const cases = { progressOfVictims: jest.fn().mockResolvedValue(found) } as unknown as jest.Mocked<CaseRepository>;
  return { ...d, cases, useCase: new ListCaseStatuses(d.tx, cases, d.audit) };
}

describe('ListCaseStatuses', () => {
  it.each([
    ['an officer, to their unit', officer, { kind: 'unit', unitId: 'unit-a' }, 'unit:unit-a'],
    ['a supervisor, to their region', supervisor, { kind: 'region', region: 'kayes' }, 'region:kayes'],
    ['the coordinator, to nothing', theCoordinator, { kind: 'all' }, 'all'],
    ['a prosecutor, to nothing at all (their own list is elsewhere)', prosecutorOf(), { kind: 'none' }, 'none'],
    ['an officer without a unit claim, to nothing at all', { ...officer, unitId: undefined }, { kind: 'none' }, 'none'],
  ])('confines %s in the query, and audits the read', async (_who, principal, scope, resourceId) => {
    const { useCase, cases, audits } = setup([]);
    await useCase.execute(principal as Principal, ['V-7K3M9Q2XRT', 'V-7K3M9Q2XRT'], 'fr');
    expect(cases.progressOfVictims).toHaveBeenCalledWith(scope, ['V-7K3M9Q2XRT']);
    expect(audits).toEqual([expect.objectContaining({ action: 'case.status.list', resourceId, outcome: 'success' })]);
  });

  it('says whether the case is open, names the office in the caller\'s language, and nothing more', async () => {
    const { useCase } = setup([progress('trial'), progress('final')]);
    const { items } = await useCase.execute(officer, ['V-7K3M9Q2XRT'], 'en');
    expect(items.map((c) => [c.stage, c.open, c.officeName])).toEqual([['trial', true, 'Mopti prosecutor'], ['final', false, 'Mopti prosecutor']]);
    expect(Object.keys(items[0]).sort()).toEqual(['caseId', 'officeId', 'officeName', 'open', 'openedAt', 'reference', 'stage', 'stageChangedAt', 'victimRef']);
  });
});
