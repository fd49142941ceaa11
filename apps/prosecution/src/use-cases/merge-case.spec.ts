import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, doubles, theCoordinator } from '../../test/unit-doubles';
import { MergeCase } from './merge-case';

const source = aCase({ id: '01936f3e-0000-7000-8000-000000000003', officeId: 'parquet-tgi-gao', region: 'gao', version: 4 });
const target = aCase();
const moved = [aLink(source.id, { identificationId: '01936f3e-0000-7000-8000-0000000000a3', victimRef: 'V-AAAAAAAAAA' }), aLink(source.id, { identificationId: '01936f3e-0000-7000-8000-0000000000a4', victimRef: 'V-BBBBBBBBBB' })];

function setup(visible = [source, target]) {
  const d = doubles();
  const cases = { lockAll: jest.fn().mockResolvedValue(new Map(visible.map((c) => [c.id, c]))), update: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const identifications = {
    ofCases: jest.fn(async ([id]: string[]) => (id === source.id ? moved : [aLink(target.id), ...moved.map((m) => ({ ...m, caseId: target.id }))])),
    moveAll: jest.fn().mockResolvedValue(moved.map((m) => ({ ...m, caseId: target.id }))),
  } as unknown as jest.Mocked<IdentificationRepository>;
  const defendants = { moveAll: jest.fn().mockResolvedValue(3) } as unknown as jest.Mocked<DefendantRepository>;
  return { ...d, cases, identifications, defendants, useCase: new MergeCase(d.tx, cases, identifications, defendants, d.outbox, d.audit) };
}

describe('MergeCase', () => {
  it('closes the case into the other, moves victims and defendants, and tells of each victim gained', async () => {
    const { useCase, cases, defendants, emitted, audits } = setup();
    const result = await useCase.execute(theCoordinator, source.id, { intoCaseId: target.id, version: 4 });
    expect(result).toMatchObject({ id: source.id, mergedIntoCaseId: target.id, version: 5 });
    expect(cases.update).toHaveBeenCalledTimes(2);
    expect(defendants.moveAll).toHaveBeenCalledWith(source.id, target.id);
    expect(emitted.map((e) => e.type)).toEqual(['prosecution.case-merged.v1', 'prosecution.victim-linked.v1', 'prosecution.victim-linked.v1']);
    expect(emitted[0].data).toMatchObject({ caseId: source.id, officeId: 'parquet-tgi-gao', intoCaseId: target.id, victimRefs: ['V-AAAAAAAAAA', 'V-BBBBBBBBBB'] });
    expect(emitted[2].data).toMatchObject({ caseId: target.id, victimRef: 'V-BBBBBBBBBB' });
    expect(audits.map((a) => [a.action, a.resourceId])).toEqual([['case.merge', source.id], ['case.absorb', target.id]]);
  });

  it('answers either case missing from the scope as not found', async () => {
    expect(await codeOf(() => setup([source]).useCase.execute(theCoordinator, source.id, { intoCaseId: target.id, version: 4 }))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(() => setup([target]).useCase.execute(theCoordinator, source.id, { intoCaseId: target.id, version: 4 }))).toBe('CASE_NOT_FOUND');
  });
});
