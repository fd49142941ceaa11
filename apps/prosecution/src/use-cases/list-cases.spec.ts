import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, MOPTI, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { ListCases } from './list-cases';

const AFTER = { openedAt: '2026-11-03T08:00:00.123456Z', id: '00000000-0000-4000-8000-000000000009' };

function setup(next?: typeof AFTER) {
  const cases = { list: jest.fn().mockResolvedValue({ cases: [aCase()], ...(next ? { next } : {}) }) } as unknown as jest.Mocked<CaseRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  return { cases, useCase: new ListCases(cases, identifications) };
}

describe('ListCases', () => {
  it("confines a prosecutor to their office's cases and lets the coordinator see all", async () => {
    const { useCase, cases } = setup();
    const page = await useCase.execute(prosecutorOf(), { includeMerged: false }, { limit: 10, after: AFTER });
    expect(page).toEqual({ items: [expect.objectContaining({ id: aCase().id, victimRefs: ['V-0123456789'] })] });
    expect(cases.list).toHaveBeenCalledWith({ kind: 'jurisdiction', officeId: MOPTI }, { includeMerged: false }, { limit: 10, after: AFTER });
    await useCase.execute(theCoordinator, { includeMerged: true }, { limit: 50 });
    expect(cases.list).toHaveBeenLastCalledWith({ kind: 'all' }, { includeMerged: true }, { limit: 50 });
    await useCase.execute({ sub: 'p', roles: ['prosecutor'] }, { includeMerged: false }, { limit: 50 });
    expect(cases.list).toHaveBeenLastCalledWith({ kind: 'none' }, { includeMerged: false }, { limit: 50 });
  });

  it('passes on where the next page starts when more cases follow', async () => {
    const { useCase } = setup(AFTER);
    expect(await useCase.execute(theCoordinator, { includeMerged: false }, { limit: 1 })).toMatchObject({ next: AFTER });
  });
});
