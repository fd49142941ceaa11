import { PersonalDataVault } from '@relais/vault';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { aCase, aLink, codeOf, doubles, prosecutorOf } from '../../test/unit-doubles';
import { ChangeCaseStage } from './change-stage';

function setup(stage = aCase()) {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(stage), update: jest.fn(), recordStageChange: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const defendants = { countAwaitingVerdict: jest.fn().mockResolvedValue(0) } as unknown as jest.Mocked<DefendantRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(stage.id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  const vault = { createSubject: jest.fn(), seal: jest.fn().mockResolvedValue(Buffer.from([1, 2, 3])) } as unknown as jest.Mocked<PersonalDataVault>;
  return { ...d, cases, defendants, vault, useCase: new ChangeCaseStage(d.tx, cases, defendants, identifications, vault, d.outbox, d.audit) };
}

const at = new Date('2026-11-10T00:00:00Z');

describe('ChangeCaseStage', () => {
  it('saves the step, its history row and its event, without a note in clear anywhere', async () => {
    const { useCase, cases, vault, emitted, audits } = setup();
    const summary = await useCase.execute(prosecutorOf(), aCase().id, { to: 'dismissed', at, decisionRef: 'CSS 1', note: 'témoin Fatoumata', version: 1 });
    expect(summary).toMatchObject({ stage: 'dismissed', version: 2, victimRefs: ['V-0123456789'] });
    expect(cases.update).toHaveBeenCalledWith(expect.objectContaining({ stage: 'dismissed', version: 2 }));
    expect(vault.seal).toHaveBeenCalledWith(expect.anything(), aCase().id, 'témoin Fatoumata');
    expect(cases.recordStageChange).toHaveBeenCalledWith(expect.objectContaining({ from: 'reportReceived', to: 'dismissed', noteSealed: Buffer.from([1, 2, 3]) }));
    expect(emitted).toEqual([{ type: 'prosecution.case-stage-changed.v1', data: expect.objectContaining({ from: 'reportReceived', to: 'dismissed', at: at.toISOString() }) }]);
    expect(JSON.stringify([emitted, audits])).not.toContain('Fatoumata');
  });

  it('seals nothing when there is no note', async () => {
    const { useCase, vault } = setup();
    await useCase.execute(prosecutorOf(), aCase().id, { to: 'preliminaryInvestigation', at, version: 1 });
    expect(vault.seal).not.toHaveBeenCalled();
  });

  it('counts defendants awaiting a verdict only to make a judgment final', async () => {
    const { useCase, defendants } = setup(aCase({ stage: 'judgment' }));
    defendants.countAwaitingVerdict.mockResolvedValue(2);
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, { to: 'final', at, version: 1 }))).toBe('VERDICTS_MISSING');
    const appeal = setup(aCase({ stage: 'judgment' }));
    await appeal.useCase.execute(prosecutorOf(), aCase().id, { to: 'appeal', at, version: 1 });
    expect(appeal.defendants.countAwaitingVerdict).not.toHaveBeenCalled();
  });

  it('answers a case outside the scope as not found, and changes nothing', async () => {
    const { useCase, cases, emitted } = setup();
    cases.find.mockResolvedValue(undefined);
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, { to: 'preliminaryInvestigation', at, version: 1 }))).toBe('CASE_NOT_FOUND');
    expect(cases.update).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });
});
