import { CaseRepository } from '../persistence/case.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, doubles, MOPTI, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { ListCases } from './list-cases';

function setup() {
  const d = doubles();
  const cases = { list: jest.fn().mockResolvedValue({ cases: [aCase()], total: 7 }) } as unknown as jest.Mocked<CaseRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  return { cases, useCase: new ListCases(d.tx, cases, identifications) };
}

describe('ListCases', () => {
  it("confines a prosecutor to their office's cases and lets the coordinator see all", async () => {
    const { useCase, cases } = setup();
    const page = await useCase.execute(prosecutorOf(), { includeMerged: false }, 10, 5);
    expect(page).toMatchObject({ total: 7, limit: 10, offset: 5, items: [{ id: aCase().id, victimRefs: ['V-0123456789'] }] });
    expect(cases.list).toHaveBeenCalledWith({ kind: 'jurisdiction', officeId: MOPTI }, { includeMerged: false }, 10, 5);
    await useCase.execute(theCoordinator, { includeMerged: true }, 50, 0);
    expect(cases.list).toHaveBeenLastCalledWith({ kind: 'all' }, { includeMerged: true }, 50, 0);
    await useCase.execute({ sub: 'p', roles: ['prosecutor'] }, { includeMerged: false }, 50, 0);
    expect(cases.list).toHaveBeenLastCalledWith({ kind: 'none' }, { includeMerged: false }, 50, 0);
  });
});
