import { runWithContext } from '@relais/observability';
import { registerMessages } from '@relais/platform';
import en from '../i18n/messages.en.json';
import fr from '../i18n/messages.fr.json';
import { CaseRepository } from '../persistence/case.repository';
import { DefendantRepository } from '../persistence/defendant.repository';
import { IdentificationRepository } from '../persistence/identification.repository';
import { JudgmentRepository } from '../persistence/judgment.repository';
import { aCase, aLink, codeOf, directory, doubles, penalties, prosecutorOf } from '../../test/unit-doubles';
import { RecordJudgment } from './record-judgment';

registerMessages({ fr, en });

const charge = { id: 'c-1', defendantId: 'd-1', offence: 'traffickingOtherPurposes', iccs: '02044', law: 'Loi 2012-023', vocabularyVersion: '2026.1', chargedAt: new Date() };
const defendant = {
  id: '01936f3e-0000-7000-8000-0000000000d3', caseId: aCase().id, sex: 'female' as const, nationality: 'NG', role: null, custody: 'pretrialDetention' as const,
  addedAt: new Date('2026-11-02T00:00:00Z'), charges: [charge], judgedAt: [],
};

function setup(stage: 'trial' | 'judgment' | 'appeal' | 'committedForTrial') {
  const d = doubles();
  const cases = { find: jest.fn().mockResolvedValue(aCase({ stage })), update: jest.fn(), recordStageChange: jest.fn() } as unknown as jest.Mocked<CaseRepository>;
  const defendants = { ofCase: jest.fn().mockResolvedValue([defendant]) } as unknown as jest.Mocked<DefendantRepository>;
  const identifications = { ofCases: jest.fn().mockResolvedValue([aLink(aCase().id)]) } as unknown as jest.Mocked<IdentificationRepository>;
  const judgments = { insert: jest.fn() } as unknown as jest.Mocked<JudgmentRepository>;
  const useCase = new RecordJudgment(d.tx, directory, penalties, cases, defendants, identifications, judgments, d.outbox, d.audit, d.idempotency);
  return { ...d, cases, judgments, useCase };
}

const renderedAt = new Date('2026-12-01T15:00:00Z');
const command = { instance: 'first' as const, renderedAt, verdicts: [{ defendantId: defendant.id, outcome: 'convicted' as const, sentenceMonths: 150, fineFcfa: 500000 }] };

describe('RecordJudgment', () => {
  it('moves a case at trial to judgment and emits the per-defendant verdicts statistics count', async () => {
    const { useCase, cases, judgments, emitted } = setup('trial');
    const { body } = await runWithContext({ correlationId: 'c', language: 'fr' }, () => useCase.execute(prosecutorOf(), aCase().id, command));
    expect(cases.update).toHaveBeenCalledWith(expect.objectContaining({ stage: 'judgment', stageChangedAt: renderedAt, version: 2 }));
    expect(judgments.insert).toHaveBeenCalledWith(expect.objectContaining({ court: 'Tribunal de grande instance de Mopti', penaltiesVersion: penalties.version }), [expect.objectContaining({ chargeIds: ['c-1'], sentenceMonths: 150 })], `p-parquet-tgi-mopti`);
    expect(emitted.map((e) => e.type)).toEqual(['prosecution.case-stage-changed.v1', 'prosecution.judgment-rendered.v1']);
    expect(emitted[1].data.defendants).toEqual([{ defendantId: defendant.id, sex: 'female', nationality: 'NG', charges: ['02044'], outcome: 'convicted', sentenceMonths: 150, fineFcfa: 500000 }]);
    expect(body.warnings).toEqual([expect.objectContaining({ code: 'SENTENCE_OUTSIDE_STATUTORY_RANGE', sentenceMonths: 150, message: expect.stringContaining('150 mois') })]);
  });

  it('records a later first-instance judgment without a second stage change', async () => {
    const { useCase, emitted, cases } = setup('judgment');
    await useCase.execute(prosecutorOf(), aCase().id, command);
    expect(emitted.map((e) => e.type)).toEqual(['prosecution.judgment-rendered.v1']);
    expect(cases.recordStageChange).not.toHaveBeenCalled();
  });

  it('refuses a judgment before the trial', async () => {
    const { useCase, judgments } = setup('committedForTrial');
    expect(await codeOf(() => useCase.execute(prosecutorOf(), aCase().id, command))).toBe('STAGE_FORBIDS_JUDGMENT');
    expect(judgments.insert).not.toHaveBeenCalled();
  });
});
