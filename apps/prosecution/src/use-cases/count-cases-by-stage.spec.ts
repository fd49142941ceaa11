import { CASE_STAGES } from '@relais/contracts';
import { CaseRepository } from '../persistence/case.repository';
import { MOPTI, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { CountCasesByStage } from './count-cases-by-stage';

function setup(found: Record<string, number>) {
  const cases = { countByStage: jest.fn().mockResolvedValue(found) } as unknown as jest.Mocked<CaseRepository>;
  return { cases, useCase: new CountCasesByStage(cases) };
}

describe('CountCasesByStage', () => {
  it('answers every stage, 0 where no case is', async () => {
    const { useCase } = setup({ reportReceived: 3, trial: 1 });
    const { byStage } = await useCase.execute(theCoordinator, { includeMerged: false });
    expect(Object.keys(byStage).sort()).toEqual([...CASE_STAGES].sort());
    expect(byStage).toMatchObject({ reportReceived: 3, trial: 1, preliminaryInvestigation: 0 });
    expect(Object.values(byStage).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("counts within the list's scope: the prosecutor's office, every case for the coordinator, none without an office", async () => {
    const { useCase, cases } = setup({});
    const filter = { includeMerged: false, region: 'mopti' as const };
    await useCase.execute(prosecutorOf(), filter);
    expect(cases.countByStage).toHaveBeenLastCalledWith({ kind: 'jurisdiction', officeId: MOPTI }, filter);
    await useCase.execute(theCoordinator, filter);
    expect(cases.countByStage).toHaveBeenLastCalledWith({ kind: 'all' }, filter);
    await useCase.execute({ sub: 'p', roles: ['prosecutor'] }, filter);
    expect(cases.countByStage).toHaveBeenLastCalledWith({ kind: 'none' }, filter);
  });
});
