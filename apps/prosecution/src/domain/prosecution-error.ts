import { assertNever, DomainException } from '@relais/platform';

/** Every business refusal of the prosecution service; each has `errors.<code>` in both catalogues. */
export enum ProsecutionErrorCode {
  CaseNotFound = 'CASE_NOT_FOUND',
  DefendantNotFound = 'DEFENDANT_NOT_FOUND',
  UnknownDefendant = 'UNKNOWN_DEFENDANT',
  IdentificationNotFound = 'IDENTIFICATION_NOT_FOUND',
  VictimNotFound = 'VICTIM_NOT_FOUND',
  UnknownOffice = 'UNKNOWN_OFFICE',
  JurisdictionRequired = 'JURISDICTION_REQUIRED',
  OfficeOutsideJurisdiction = 'OFFICE_OUTSIDE_JURISDICTION',
  StaleVersion = 'STALE_VERSION',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  DecisionRefRequired = 'DECISION_REF_REQUIRED',
  DateBeforeCurrentStage = 'DATE_BEFORE_CURRENT_STAGE',
  CaseMerged = 'CASE_MERGED',
  CaseClosed = 'CASE_CLOSED',
  StageForbidsDefendants = 'STAGE_FORBIDS_DEFENDANTS',
  StageForbidsJudgment = 'STAGE_FORBIDS_JUDGMENT',
  VerdictsMissing = 'VERDICTS_MISSING',
  IdentificationAlreadyLinked = 'IDENTIFICATION_ALREADY_LINKED',
  ChargeAlreadyBrought = 'CHARGE_ALREADY_BROUGHT',
  DefendantNotCharged = 'DEFENDANT_NOT_CHARGED',
  DefendantAlreadyJudged = 'DEFENDANT_ALREADY_JUDGED',
  FirstInstanceVerdictMissing = 'FIRST_INSTANCE_VERDICT_MISSING',
  ChargeNotOfDefendant = 'CHARGE_NOT_OF_DEFENDANT',
  SentenceWithAcquittal = 'SENTENCE_WITH_ACQUITTAL',
  DuplicateDefendantInJudgment = 'DUPLICATE_DEFENDANT_IN_JUDGMENT',
  MergeIntoItself = 'MERGE_INTO_ITSELF',
  StageForbidsMerge = 'STAGE_FORBIDS_MERGE',
  AlreadyAtOffice = 'ALREADY_AT_OFFICE',
}

export class ProsecutionException extends DomainException<ProsecutionErrorCode> {
  readonly httpStatus: number;

  constructor(code: ProsecutionErrorCode, params: Record<string, unknown> = {}) {
    super(code, params);
    this.httpStatus = httpStatusOf(code);
  }
}

/** One exhaustive switch: a new code without a status does not compile. */
export function httpStatusOf(code: ProsecutionErrorCode): number {
  switch (code) {
    case ProsecutionErrorCode.UnknownOffice:
    case ProsecutionErrorCode.UnknownDefendant:
    case ProsecutionErrorCode.DecisionRefRequired:
    case ProsecutionErrorCode.ChargeNotOfDefendant:
    case ProsecutionErrorCode.SentenceWithAcquittal:
    case ProsecutionErrorCode.DuplicateDefendantInJudgment:
    case ProsecutionErrorCode.MergeIntoItself:
      return 400;
    case ProsecutionErrorCode.JurisdictionRequired:
    case ProsecutionErrorCode.OfficeOutsideJurisdiction:
      return 403;
    // Out of jurisdiction and non-existent look the same: existence itself would leak.
    case ProsecutionErrorCode.CaseNotFound:
    case ProsecutionErrorCode.DefendantNotFound:
    case ProsecutionErrorCode.IdentificationNotFound:
    case ProsecutionErrorCode.VictimNotFound:
      return 404;
    case ProsecutionErrorCode.StaleVersion:
    case ProsecutionErrorCode.IllegalTransition:
    case ProsecutionErrorCode.DateBeforeCurrentStage:
    case ProsecutionErrorCode.CaseMerged:
    case ProsecutionErrorCode.CaseClosed:
    case ProsecutionErrorCode.StageForbidsDefendants:
    case ProsecutionErrorCode.StageForbidsJudgment:
    case ProsecutionErrorCode.VerdictsMissing:
    case ProsecutionErrorCode.IdentificationAlreadyLinked:
    case ProsecutionErrorCode.ChargeAlreadyBrought:
    case ProsecutionErrorCode.DefendantNotCharged:
    case ProsecutionErrorCode.DefendantAlreadyJudged:
    case ProsecutionErrorCode.FirstInstanceVerdictMissing:
    case ProsecutionErrorCode.StageForbidsMerge:
    case ProsecutionErrorCode.AlreadyAtOffice:
      return 409;
    default:
      return assertNever(code);
  }
}
