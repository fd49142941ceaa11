import { PersonalDataErasedError, PersonalDataVault } from '@relais/vault';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { HearingRepository } from '../persistence/hearing.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { JudgmentRepository } from '../persistence/judgment.repository';
import { aCase, aLink, codeOf, doubles, prosecutorOf, theCoordinator } from '../../test/unit-doubles';
import { GetCase } from './get-case';
import { ReferralAccessRepository } from '../persistence/referral-access.repository';

const history = [
  { from_stage: null, to_stage: 'reportReceived', at: new Date('2026-11-01T00:00:00Z'), decision_ref: null, note_sealed: null, recorded_at: new Date() },
  { from_stage: 'reportReceived', to_stage: 'dismissed', at: new Date('2026-11-02T00:00:00Z'), decision_ref: 'CSS 4', note_sealed: Buffer.from('n1'), recorded_at: new Date() },
  { from_stage: 'dismissed', to_stage: 'preliminaryInvestigation', at: new Date('2026-11-03T00:00:00Z'), decision_ref: null, note_sealed: Buffer.from('n2'), recorded_at: new Date() },
];

function setup() {
  const d = doubles();
  const cases = {
    find: jest.fn().mockResolvedValue(aCase({ stage: 'preliminaryInvestigation' })),
    stageHistory: jest.fn().mockResolvedValue(history),
    transfers: jest.fn().mockResolvedValue([]),
    relatedIds: jest.fn().mockResolvedValue(['01936f3e-0000-7000-8000-000000000077']),
  } as unknown as jest.Mocked<CaseRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id, { erased: true })]) } as unknown as jest.Mocked<IdentificationRepository>;
  const defendants = { ofCase: jest.fn().mockResolvedValue([]) } as unknown as jest.Mocked<DefendantRepository>;
  const hearings = { ofCases: jest.fn().mockResolvedValue([]) } as unknown as jest.Mocked<HearingRepository>;
  const judgments = { ofCase: jest.fn().mockResolvedValue([]) } as unknown as jest.Mocked<JudgmentRepository>;
  const vault = {
    open: jest.fn(async (_m: unknown, _s: string, sealed: Buffer) => {
      if (sealed.toString() === 'n2') throw new PersonalDataErasedError(aCase().id);
      return 'Note du parquet';
    }),
  } as unknown as jest.Mocked<PersonalDataVault>;
  return { ...d, cases, useCase: new GetCase(d.tx, cases, identifications, defendants, hearings, judgments, vault, d.audit, { accompanying: async () => new Map() } as unknown as ReferralAccessRepository) };
}

describe('GetCase', () => {
  it('assembles the case file, opening notes (null once shredded), and audits the read', async () => {
    const { useCase, audits } = setup();
    const file = await useCase.execute(prosecutorOf(), aCase().id);
    expect(file.stageHistory.map((s) => [s.to, s.decisionRef, s.note])).toEqual([
      ['reportReceived', null, null], ['dismissed', 'CSS 4', 'Note du parquet'], ['preliminaryInvestigation', null, null],
    ]);
    expect(file.victims).toEqual([expect.objectContaining({ victimRef: 'V-0123456789', personalDataErased: true })]);
    expect(file.relatedCaseIds).toEqual(['01936f3e-0000-7000-8000-000000000077']);
    expect(audits).toEqual([expect.objectContaining({ action: 'case.read', resourceId: aCase().id, details: { notesOpened: 2 } })]);
  });

  it("withholds notes from the coordinator, saying only that they exist", async () => {
    const { useCase, audits } = setup();
    const file = await useCase.execute(theCoordinator, aCase().id);
    expect(file.stageHistory.map((s) => [s.note, s.hasNote])).toEqual([[null, false], [null, true], [null, true]]);
    expect(audits[0].details).toEqual({ notesOpened: 0 });
  });

  it('answers a case outside the scope as not found, recording the refusal', async () => {
    const { useCase, cases, audits } = setup();
    cases.find.mockResolvedValue(undefined);
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id))).toBe('CASE_NOT_FOUND');
    expect(audits).toEqual([expect.objectContaining({ action: 'case.read', outcome: 'denied', resourceId: aCase().id })]);
  });
});
