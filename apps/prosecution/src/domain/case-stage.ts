import { CaseStage } from '@relais/contracts';
import { STAGE_TRANSITIONS } from '@relais/vocabulary';

// The steps of the procedure and the stages whose decision must be referenced are shared with
// the web app, which offers only those steps (libs/vocabulary).
export { STAGE_TRANSITIONS, STAGES_REQUIRING_DECISION_REF } from '@relais/vocabulary';

/** Stages in which nothing new happens to a case unless it is first reopened (or never, for `final`). */
export const CLOSED_STAGES: readonly CaseStage[] = ['final', 'dismissed', 'noCase'];

/** Defendants can be added and charged until the trial ends; after judgment the parties are fixed. */
export const STAGES_ACCEPTING_DEFENDANTS: readonly CaseStage[] = [
  'reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial',
];

/** Joinder of proceedings happens before trial: both cases of a merge must be in one of these. */
export const STAGES_ALLOWING_MERGE: readonly CaseStage[] = [
  'reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial',
];

export function canTransition(from: CaseStage, to: CaseStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}

export function isClosedStage(stage: CaseStage): boolean {
  return CLOSED_STAGES.includes(stage);
}
