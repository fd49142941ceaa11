import { refusalCode } from '../../test/unit-doubles';
import { CaseState, changeStage, isUntouchedSingleIdentificationCase, mergeInto, transferTo, assertAcceptsDefendants, assertOpenForWork } from './case';
import { ProsecutionErrorCode as Code, ProsecutionException } from './prosecution-error';

const base: CaseState = {
  id: '0190a000-0000-7000-8000-000000000001',
  reference: 'C-ABCDEFGH',
  officeId: 'parquet-tgi-mopti',
  region: 'mopti',
  cercle: null,
  stage: 'reportReceived',
  stageChangedAt: new Date('2026-11-01T10:00:00Z'),
  openedAt: new Date('2026-11-01T10:00:00Z'),
  openedFrom: 'identification',
  mergedIntoCaseId: null,
  version: 3,
};
const ctx = { defendantsAwaitingVerdict: 0 };
const at = new Date('2026-11-02T09:00:00Z');

describe('changeStage', () => {
  it('moves the case, dates the stage with the decision and bumps the version', () => {
    const next = changeStage(base, { to: 'preliminaryInvestigation', at }, 3, ctx);
    expect(next).toMatchObject({ stage: 'preliminaryInvestigation', stageChangedAt: at, version: 4 });
    expect(base.stage).toBe('reportReceived');
  });

  it('refuses a step the procedure does not allow, with 409', () => {
    expect(refusalCode(() => changeStage(base, { to: 'trial', at }, 3, ctx))).toBe(Code.IllegalTransition);
    try {
      changeStage(base, { to: 'trial', at }, 3, ctx);
    } catch (error) {
      expect((error as ProsecutionException).httpStatus).toBe(409);
      expect((error as ProsecutionException).params).toMatchObject({ from: 'reportReceived', to: 'trial' });
    }
  });

  it('refuses a stale version before anything else', () => {
    expect(refusalCode(() => changeStage(base, { to: 'trial', at }, 2, ctx))).toBe(Code.StaleVersion);
  });

  it('requires a decision reference to dismiss or to end with a non-lieu', () => {
    expect(refusalCode(() => changeStage(base, { to: 'dismissed', at }, 3, ctx))).toBe(Code.DecisionRefRequired);
    expect(refusalCode(() => changeStage(base, { to: 'dismissed', at, decisionRef: '  ' }, 3, ctx))).toBe(Code.DecisionRefRequired);
    expect(changeStage(base, { to: 'dismissed', at, decisionRef: 'CSS 12/2026' }, 3, ctx).stage).toBe('dismissed');
    const investigating = { ...base, stage: 'judicialInvestigation' as const };
    expect(refusalCode(() => changeStage(investigating, { to: 'noCase', at }, 3, ctx))).toBe(Code.DecisionRefRequired);
  });

  it('refuses a decision dated before the current stage began', () => {
    expect(refusalCode(() => changeStage(base, { to: 'preliminaryInvestigation', at: new Date('2026-10-31T00:00:00Z') }, 3, ctx))).toBe(Code.DateBeforeCurrentStage);
  });

  it('accepts a decision dated the same instant as the current stage', () => {
    expect(changeStage(base, { to: 'preliminaryInvestigation', at: base.stageChangedAt }, 3, ctx).stage).toBe('preliminaryInvestigation');
  });

  it('refuses to make a judgment final while a charged defendant has no verdict', () => {
    const judged = { ...base, stage: 'judgment' as const };
    expect(refusalCode(() => changeStage(judged, { to: 'final', at }, 3, { defendantsAwaitingVerdict: 1 }))).toBe(Code.VerdictsMissing);
    expect(changeStage(judged, { to: 'final', at }, 3, ctx).stage).toBe('final');
    // After an appeal the first-instance verdicts exist by construction; nothing more is asked.
    expect(changeStage({ ...base, stage: 'appeal' }, { to: 'final', at }, 3, { defendantsAwaitingVerdict: 1 }).stage).toBe('final');
  });

  it('refuses any step of a merged case', () => {
    expect(refusalCode(() => changeStage({ ...base, mergedIntoCaseId: 'x' }, { to: 'preliminaryInvestigation', at }, 3, ctx))).toBe(Code.CaseMerged);
  });
});

describe('work on a case', () => {
  it('is refused once the case is closed or merged', () => {
    expect(refusalCode(() => assertOpenForWork({ ...base, stage: 'final' }))).toBe(Code.CaseClosed);
    expect(refusalCode(() => assertOpenForWork({ ...base, stage: 'dismissed' }))).toBe(Code.CaseClosed);
    expect(refusalCode(() => assertOpenForWork({ ...base, mergedIntoCaseId: 'x' }))).toBe(Code.CaseMerged);
    expect(refusalCode(() => assertOpenForWork(base))).toBeUndefined();
  });

  it('takes new defendants until the trial ends', () => {
    for (const stage of ['reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial'] as const) {
      expect(refusalCode(() => assertAcceptsDefendants({ ...base, stage }))).toBeUndefined();
    }
    expect(refusalCode(() => assertAcceptsDefendants({ ...base, stage: 'judgment' }))).toBe(Code.StageForbidsDefendants);
    expect(refusalCode(() => assertAcceptsDefendants({ ...base, stage: 'appeal' }))).toBe(Code.StageForbidsDefendants);
  });
});

describe('mergeInto', () => {
  const target: CaseState = { ...base, id: '0190a000-0000-7000-8000-000000000002', reference: 'C-ZZZZZZZZ', version: 7 };

  it('closes the source into the target and moves both versions on', () => {
    const { source, target: into } = mergeInto(base, target, 3);
    expect(source).toMatchObject({ mergedIntoCaseId: target.id, version: 4 });
    expect(into.version).toBe(8);
  });

  it('refuses a merge into itself, a stale source, a merged party or a case already at trial', () => {
    expect(refusalCode(() => mergeInto(base, base, 3))).toBe(Code.MergeIntoItself);
    expect(refusalCode(() => mergeInto(base, target, 2))).toBe(Code.StaleVersion);
    expect(refusalCode(() => mergeInto(base, { ...target, mergedIntoCaseId: 'y' }, 3))).toBe(Code.CaseMerged);
    expect(refusalCode(() => mergeInto({ ...base, stage: 'trial' }, target, 3))).toBe(Code.StageForbidsMerge);
    expect(refusalCode(() => mergeInto(base, { ...target, stage: 'judgment' }, 3))).toBe(Code.StageForbidsMerge);
    expect(refusalCode(() => mergeInto(base, { ...target, stage: 'dismissed' }, 3))).toBe(Code.StageForbidsMerge);
  });
});

describe('transferTo', () => {
  it('hands the case to the other office', () => {
    expect(transferTo(base, 'parquet-tgi-kayes', 3)).toMatchObject({ officeId: 'parquet-tgi-kayes', version: 4 });
  });

  it('refuses the same office, a stale version, a closed or merged case', () => {
    expect(refusalCode(() => transferTo(base, base.officeId, 3))).toBe(Code.AlreadyAtOffice);
    expect(refusalCode(() => transferTo(base, 'parquet-tgi-kayes', 1))).toBe(Code.StaleVersion);
    expect(refusalCode(() => transferTo({ ...base, stage: 'final' }, 'parquet-tgi-kayes', 3))).toBe(Code.CaseClosed);
    expect(refusalCode(() => transferTo({ ...base, mergedIntoCaseId: 'z' }, 'parquet-tgi-kayes', 3))).toBe(Code.CaseMerged);
  });
});

describe('isUntouchedSingleIdentificationCase', () => {
  const lone = { identifications: 1, defendants: 0, hearings: 0 };
  it('recognises a case opened for one identification and never worked on', () => {
    expect(isUntouchedSingleIdentificationCase(base, lone)).toBe(true);
  });
  it('does not absorb a case someone worked on or opened by hand', () => {
    expect(isUntouchedSingleIdentificationCase({ ...base, stage: 'preliminaryInvestigation' }, lone)).toBe(false);
    expect(isUntouchedSingleIdentificationCase({ ...base, openedFrom: 'prosecutor' }, lone)).toBe(false);
    expect(isUntouchedSingleIdentificationCase(base, { ...lone, identifications: 2 })).toBe(false);
    expect(isUntouchedSingleIdentificationCase(base, { ...lone, defendants: 1 })).toBe(false);
    expect(isUntouchedSingleIdentificationCase(base, { ...lone, hearings: 1 })).toBe(false);
  });
});
