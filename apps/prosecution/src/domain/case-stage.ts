import { CaseStage } from '@relais/contracts';

/**
 * The procedural stages of a case and the steps between them, after the French-style criminal
 * procedure Mali follows. The prosecutor (parquet) receives the police report and decides:
 * further inquiry, opening a judicial investigation, sending the case straight to court (direct
 * summons or immediate appearance), or closing it (classement sans suite). An investigating judge
 * ends a judicial investigation by committal for trial or by a non-lieu. After judgment, an appeal
 * or, when none is lodged in time, the judgment becomes final.
 *
 * Two exits are not absorbing, as in the procedure itself: a classement sans suite has no force of
 * res judicata, so the prosecutor may reopen the matter (new inquiry or judicial investigation);
 * a non-lieu may be reopened on new evidence (reprise sur charges nouvelles). Only `final` ends a case.
 */
export const STAGE_TRANSITIONS: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  reportReceived: ['preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'dismissed'],
  preliminaryInvestigation: ['judicialInvestigation', 'committedForTrial', 'dismissed'],
  judicialInvestigation: ['committedForTrial', 'noCase'],
  committedForTrial: ['trial'],
  trial: ['judgment'],
  judgment: ['appeal', 'final'],
  appeal: ['final'],
  final: [],
  dismissed: ['preliminaryInvestigation', 'judicialInvestigation'],
  noCase: ['judicialInvestigation'],
};

/** Decisions that end proceedings must be traceable to the act that took them. */
export const STAGES_REQUIRING_DECISION_REF: readonly CaseStage[] = ['dismissed', 'noCase'];

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
