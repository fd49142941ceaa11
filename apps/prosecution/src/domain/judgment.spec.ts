import { CASE_STAGES } from '@relais/contracts';
import { penalties, refusalCode } from '../../test/unit-doubles';
import { DefendantFacts, judgmentStage, judgmentTransition, planVerdicts } from './judgment';
import { ProsecutionErrorCode as Code } from './prosecution-error';

const trafficking = { id: 'c-1', offence: 'traffickingForcedLabour', iccs: '02042' };
const smuggling = { id: 'c-2', offence: 'migrantSmuggling', iccs: '08051' };
const alpha: DefendantFacts = { id: 'd-1', sex: 'male', nationality: 'ML', charges: [trafficking, smuggling], judgedAt: [] };
const beta: DefendantFacts = { id: 'd-2', sex: 'female', nationality: null, charges: [smuggling], judgedAt: [] };
const uncharged: DefendantFacts = { id: 'd-3', sex: 'unknown', nationality: null, charges: [], judgedAt: [] };
const defendants = new Map([alpha, beta, uncharged].map((d) => [d.id, d]));

describe('judgmentStage', () => {
  it('records a first-instance judgment during the trial (moving the case to judgment) or after it', () => {
    expect(judgmentStage('trial', 'first')).toEqual({ advanceTo: 'judgment' });
    expect(judgmentStage('judgment', 'first')).toEqual({});
    expect(judgmentStage('appeal', 'appeal')).toEqual({});
  });

  it('refuses every other stage and instance', () => {
    const allowed = new Set(['trial/first', 'judgment/first', 'appeal/appeal']);
    for (const stage of CASE_STAGES) {
      for (const instance of ['first', 'appeal'] as const) {
        if (allowed.has(`${stage}/${instance}`)) continue;
        expect(refusalCode(() => judgmentStage(stage, instance))).toBe(Code.StageForbidsJudgment);
      }
    }
  });
});

describe('judgmentTransition', () => {
  const trialSince = { stage: 'trial' as const, stageChangedAt: new Date('2026-11-10T00:00:00Z') };

  it('moves the case to judgment when the judgment is dated on or after the trial began', () => {
    expect(judgmentTransition(trialSince, 'first', new Date('2026-11-10T00:00:00Z'))).toEqual({ advanceTo: 'judgment' });
    expect(judgmentTransition(trialSince, 'first', new Date('2026-12-01T00:00:00Z'))).toEqual({ advanceTo: 'judgment' });
  });

  it('refuses a judgment that would move the case on but is dated before the trial began', () => {
    expect(refusalCode(() => judgmentTransition(trialSince, 'first', new Date('2026-11-09T23:59:59Z')))).toBe(Code.DateBeforeCurrentStage);
  });

  it('accepts an earlier date when the stage stays as it is (a judgment recorded late)', () => {
    const judgmentSince = { stage: 'judgment' as const, stageChangedAt: new Date('2026-11-10T00:00:00Z') };
    expect(judgmentTransition(judgmentSince, 'first', new Date('2026-10-01T00:00:00Z'))).toEqual({});
  });

  it('refuses a stage that allows no judgment before looking at the date', () => {
    const investigation = { stage: 'preliminaryInvestigation' as const, stageChangedAt: new Date('2026-11-10T00:00:00Z') };
    expect(refusalCode(() => judgmentTransition(investigation, 'first', new Date('2026-12-01T00:00:00Z')))).toBe(Code.StageForbidsJudgment);
  });
});

describe('planVerdicts', () => {
  it('convicts on the charges named, and warns when a trafficking sentence is outside the law', () => {
    const [verdict] = planVerdicts('first', [{ defendantId: 'd-1', outcome: 'convicted', convictedOf: ['c-1'], sentenceMonths: 36, fineFcfa: 500000 }], defendants, penalties);
    expect(verdict.charges).toEqual([trafficking]);
    expect(verdict.warnings).toEqual([expect.objectContaining({ code: 'SENTENCE_OUTSIDE_STATUTORY_RANGE', sentenceMonths: 36, minMonths: 60, maxMonths: 120 })]);
  });

  it('does not warn when the conviction is not for trafficking', () => {
    const [verdict] = planVerdicts('first', [{ defendantId: 'd-1', outcome: 'convicted', convictedOf: ['c-2'], sentenceMonths: 6 }], defendants, penalties);
    expect(verdict.charges).toEqual([smuggling]);
    expect(verdict.warnings).toEqual([]);
  });

  it('convicts on every charge when none is named', () => {
    const [verdict] = planVerdicts('first', [{ defendantId: 'd-1', outcome: 'convicted', sentenceMonths: 84 }], defendants, penalties);
    expect(verdict.charges).toEqual([trafficking, smuggling]);
    expect(verdict.warnings).toEqual([]);
  });

  it('acquits on every charge, allowing compensation but no penalty', () => {
    const [verdict] = planVerdicts('first', [{ defendantId: 'd-2', outcome: 'acquitted', compensationFcfa: 100000 }], defendants, penalties);
    expect(verdict).toMatchObject({ outcome: 'acquitted', charges: [smuggling], compensationFcfa: 100000, warnings: [] });
    expect(refusalCode(() => planVerdicts('first', [{ defendantId: 'd-2', outcome: 'acquitted', sentenceMonths: 1 }], defendants, penalties))).toBe(Code.SentenceWithAcquittal);
    expect(refusalCode(() => planVerdicts('first', [{ defendantId: 'd-2', outcome: 'acquitted', fineFcfa: 1 }], defendants, penalties))).toBe(Code.SentenceWithAcquittal);
    expect(refusalCode(() => planVerdicts('first', [{ defendantId: 'd-2', outcome: 'acquitted', convictedOf: ['c-2'] }], defendants, penalties))).toBe(Code.SentenceWithAcquittal);
  });

  it('refuses unknown, uncharged, repeated or already judged defendants, and foreign charges', () => {
    const plan = (...inputs: Parameters<typeof planVerdicts>[1]) => () => planVerdicts('first', inputs, defendants, penalties);
    expect(refusalCode(plan({ defendantId: 'd-9', outcome: 'acquitted' }))).toBe(Code.UnknownDefendant);
    expect(refusalCode(plan({ defendantId: 'd-3', outcome: 'acquitted' }))).toBe(Code.DefendantNotCharged);
    expect(refusalCode(plan({ defendantId: 'd-2', outcome: 'acquitted' }, { defendantId: 'd-2', outcome: 'acquitted' }))).toBe(Code.DuplicateDefendantInJudgment);
    expect(refusalCode(plan({ defendantId: 'd-2', outcome: 'convicted', convictedOf: ['c-1'] }))).toBe(Code.ChargeNotOfDefendant);
    const judged = new Map([['d-2', { ...beta, judgedAt: ['first' as const] }]]);
    expect(refusalCode(() => planVerdicts('first', [{ defendantId: 'd-2', outcome: 'acquitted' }], judged, penalties))).toBe(Code.DefendantAlreadyJudged);
  });

  it('needs a first-instance verdict before an appeal verdict', () => {
    expect(refusalCode(() => planVerdicts('appeal', [{ defendantId: 'd-2', outcome: 'acquitted' }], defendants, penalties))).toBe(Code.FirstInstanceVerdictMissing);
    const judged = new Map([['d-2', { ...beta, judgedAt: ['first' as const] }]]);
    expect(planVerdicts('appeal', [{ defendantId: 'd-2', outcome: 'acquitted' }], judged, penalties)).toHaveLength(1);
  });
});
