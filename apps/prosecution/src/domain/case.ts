import { CaseStage, Region } from '@relais/contracts';
import {
  canTransition, isClosedStage, STAGES_ACCEPTING_DEFENDANTS, STAGES_ALLOWING_MERGE, STAGES_REQUIRING_DECISION_REF,
} from './case-stage';
import { ProsecutionErrorCode as Code, ProsecutionException } from './prosecution-error';

export type OpenedFrom = 'identification' | 'prosecutor';

/** A case as the rules see it: where it stands, who holds it, and its version for optimistic concurrency. */
export interface CaseState {
  id: string;
  reference: string;
  officeId: string;
  region: Region;
  cercle: string | null;
  stage: CaseStage;
  /** When the current stage took effect (the decision's date, not when it was recorded). */
  stageChangedAt: Date;
  openedAt: Date;
  openedFrom: OpenedFrom;
  mergedIntoCaseId: string | null;
  version: number;
}

export interface StageChange {
  to: CaseStage;
  at: Date;
  decisionRef?: string;
}

/** What the transition rules need to know beyond the case row. */
export interface TransitionContext {
  /** Charged defendants without a first-instance verdict. */
  defendantsAwaitingVerdict: number;
}

export function assertVersion(current: CaseState, expected: number): void {
  if (current.version !== expected) {
    throw new ProsecutionException(Code.StaleVersion, { caseId: current.id, expected, current: current.version });
  }
}

export function assertNotMerged(current: CaseState): void {
  if (current.mergedIntoCaseId) {
    throw new ProsecutionException(Code.CaseMerged, { caseId: current.id, mergedIntoCaseId: current.mergedIntoCaseId });
  }
}

/** Hearings, defendants, links and transfers need a case that is neither merged nor closed. */
export function assertOpenForWork(current: CaseState): void {
  assertNotMerged(current);
  if (isClosedStage(current.stage)) throw new ProsecutionException(Code.CaseClosed, { caseId: current.id, stage: current.stage });
}

export function assertAcceptsDefendants(current: CaseState): void {
  assertOpenForWork(current);
  if (!STAGES_ACCEPTING_DEFENDANTS.includes(current.stage)) {
    throw new ProsecutionException(Code.StageForbidsDefendants, { caseId: current.id, stage: current.stage });
  }
}

/**
 * Moves a case to another stage, or says why not. The client's version must be current (it
 * decided on what it saw), the step must be one the procedure allows, an ending decision must
 * cite its reference, and stages follow each other in time.
 */
export function changeStage(current: CaseState, change: StageChange, expectedVersion: number, context: TransitionContext): CaseState {
  assertNotMerged(current);
  assertVersion(current, expectedVersion);
  if (!canTransition(current.stage, change.to)) {
    throw new ProsecutionException(Code.IllegalTransition, { caseId: current.id, from: current.stage, to: change.to });
  }
  if (STAGES_REQUIRING_DECISION_REF.includes(change.to) && !change.decisionRef?.trim()) {
    throw new ProsecutionException(Code.DecisionRefRequired, { to: change.to });
  }
  if (change.at.getTime() < current.stageChangedAt.getTime()) {
    throw new ProsecutionException(Code.DateBeforeCurrentStage, { stage: current.stage, since: current.stageChangedAt });
  }
  // A first-instance judgment becomes final only once every charged defendant has a verdict, or
  // the statistics would count a finished case with people neither convicted nor acquitted.
  if (current.stage === 'judgment' && change.to === 'final' && context.defendantsAwaitingVerdict > 0) {
    throw new ProsecutionException(Code.VerdictsMissing, { caseId: current.id, count: context.defendantsAwaitingVerdict });
  }
  return { ...current, stage: change.to, stageChangedAt: change.at, version: current.version + 1 };
}

/** Any change to a case's parts (defendants, hearings, victims) moves its version on. */
export function touched(current: CaseState): CaseState {
  return { ...current, version: current.version + 1 };
}

/**
 * Joinder: `source` is absorbed into `target`. Both must still be before trial, so no judgment has
 * to be reconciled, and the client must have decided on the current `source`.
 */
export function mergeInto(source: CaseState, target: CaseState, expectedVersion: number): { source: CaseState; target: CaseState } {
  if (source.id === target.id) throw new ProsecutionException(Code.MergeIntoItself, { caseId: source.id });
  assertNotMerged(source);
  assertVersion(source, expectedVersion);
  assertNotMerged(target);
  for (const c of [source, target]) {
    if (!STAGES_ALLOWING_MERGE.includes(c.stage)) throw new ProsecutionException(Code.StageForbidsMerge, { caseId: c.id, stage: c.stage });
  }
  return {
    source: { ...source, mergedIntoCaseId: target.id, version: source.version + 1 },
    target: { ...target, version: target.version + 1 },
  };
}

/** Sends a case to another office; the office must exist (checked by the caller against the directory). */
export function transferTo(current: CaseState, toOfficeId: string, expectedVersion: number): CaseState {
  assertNotMerged(current);
  assertVersion(current, expectedVersion);
  if (isClosedStage(current.stage)) throw new ProsecutionException(Code.CaseClosed, { caseId: current.id, stage: current.stage });
  if (current.officeId === toOfficeId) throw new ProsecutionException(Code.AlreadyAtOffice, { officeId: toOfficeId });
  return { ...current, officeId: toOfficeId, version: current.version + 1 };
}

/**
 * A case opened automatically for one identification and never worked on: linking that
 * identification elsewhere absorbs it, instead of leaving an empty duplicate behind.
 */
export function isUntouchedSingleIdentificationCase(c: CaseState, parts: { identifications: number; defendants: number; hearings: number }): boolean {
  return (
    c.openedFrom === 'identification' &&
    c.stage === 'reportReceived' &&
    c.mergedIntoCaseId === null &&
    parts.identifications === 1 &&
    parts.defendants === 0 &&
    parts.hearings === 0
  );
}
