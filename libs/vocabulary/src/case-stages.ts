/**
 * The procedural stages of a case, in board order: the path of a case from the police report to
 * the final judgment, then the two exits (events carry them: @relais/contracts re-exports them).
 */
export const CASE_STAGES = [
  'reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial', 'judgment',
  'appeal', 'final', 'dismissed', 'noCase',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * The steps between the stages, after the French-style criminal procedure Mali follows. The
 * prosecutor (parquet) receives the police report and decides: further inquiry, opening a judicial
 * investigation, sending the case straight to court (direct summons or immediate appearance), or
 * closing it (classement sans suite). An investigating judge ends a judicial investigation by
 * committal for trial or by a non-lieu. After judgment, an appeal or, when none is lodged in time,
 * the judgment becomes final.
 *
 * Two exits are not absorbing, as in the procedure itself: a classement sans suite has no force of
 * res judicata, so the prosecutor may reopen the matter (new inquiry or judicial investigation);
 * a non-lieu may be reopened on new evidence (reprise sur charges nouvelles). Only `final` ends a case.
 *
 * The prosecution service enforces them; the web app offers only these steps, and the service's
 * 409 explains itself when a screen is out of date.
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
