import { CaseStage, JudgmentOutcome, Sex } from '@relais/contracts';
import { ProsecutionErrorCode as Code, ProsecutionException } from './prosecution-error';
import { SentenceWarning, StatutoryPenalties } from './statutory-penalties';

export type Instance = 'first' | 'appeal';

export interface ChargeFacts {
  id: string;
  offence: string;
  iccs: string;
}

/** What the judgment rules need to know of each defendant of the case. */
export interface DefendantFacts {
  id: string;
  sex: Sex;
  nationality: string | null;
  charges: ChargeFacts[];
  /** Instances at which a verdict was already recorded. */
  judgedAt: Instance[];
}

export interface VerdictInput {
  defendantId: string;
  outcome: JudgmentOutcome;
  /** Convicted: the charges the conviction is on (default: all). Acquitted: must be absent. */
  convictedOf?: string[];
  sentenceMonths?: number;
  fineFcfa?: number;
  compensationFcfa?: number;
}

export interface PlannedVerdict {
  defendant: DefendantFacts;
  outcome: JudgmentOutcome;
  /** The charges the outcome is about: those convicted of, or all of them on acquittal. */
  charges: ChargeFacts[];
  sentenceMonths?: number;
  fineFcfa?: number;
  compensationFcfa?: number;
  warnings: SentenceWarning[];
}

/**
 * Where a judgment may be recorded: a first-instance judgment during the trial (the case then
 * moves to `judgment`) or after it, for defendants judged separately; an appeal judgment during
 * the appeal.
 */
export function judgmentStage(stage: CaseStage, instance: Instance): { advanceTo?: CaseStage } {
  if (instance === 'first' && stage === 'trial') return { advanceTo: 'judgment' };
  if (instance === 'first' && stage === 'judgment') return {};
  if (instance === 'appeal' && stage === 'appeal') return {};
  throw new ProsecutionException(Code.StageForbidsJudgment, { stage, instance });
}

/**
 * The stage change a judgment brings, checked against the case's history: a judgment that moves
 * the case on cannot be dated before the stage it ends began, or the case's timeline would run
 * backwards. A judgment that leaves the stage as it is may predate it (one recorded late).
 */
export function judgmentTransition(
  current: { stage: CaseStage; stageChangedAt: Date },
  instance: Instance,
  renderedAt: Date,
): { advanceTo?: CaseStage } {
  const transition = judgmentStage(current.stage, instance);
  if (transition.advanceTo && renderedAt.getTime() < current.stageChangedAt.getTime()) {
    throw new ProsecutionException(Code.DateBeforeCurrentStage, { stage: current.stage, since: current.stageChangedAt });
  }
  return transition;
}

/**
 * Checks every verdict of a judgment against the case's defendants and charges and plans what to
 * record. A verdict is per defendant and per instance; an appeal verdict needs a first-instance
 * one; a conviction names the charges it is on, so statistics count a conviction for trafficking
 * only when that is what the court found.
 */
export function planVerdicts(
  instance: Instance,
  inputs: VerdictInput[],
  defendants: ReadonlyMap<string, DefendantFacts>,
  penalties: StatutoryPenalties,
): PlannedVerdict[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    if (seen.has(input.defendantId)) throw new ProsecutionException(Code.DuplicateDefendantInJudgment, { defendantId: input.defendantId });
    seen.add(input.defendantId);
    const defendant = defendants.get(input.defendantId);
    if (!defendant) throw new ProsecutionException(Code.UnknownDefendant, { defendantId: input.defendantId });
    if (!defendant.charges.length) throw new ProsecutionException(Code.DefendantNotCharged, { defendantId: defendant.id });
    if (defendant.judgedAt.includes(instance)) throw new ProsecutionException(Code.DefendantAlreadyJudged, { defendantId: defendant.id, instance });
    if (instance === 'appeal' && !defendant.judgedAt.includes('first')) {
      throw new ProsecutionException(Code.FirstInstanceVerdictMissing, { defendantId: defendant.id });
    }
    if (input.outcome === 'acquitted') {
      // Compensation may still be awarded to the civil party after an acquittal; a penalty may not.
      if (input.sentenceMonths !== undefined || input.fineFcfa !== undefined || input.convictedOf !== undefined) {
        throw new ProsecutionException(Code.SentenceWithAcquittal, { defendantId: defendant.id });
      }
      return { defendant, outcome: input.outcome, charges: defendant.charges, compensationFcfa: input.compensationFcfa, warnings: [] };
    }
    const charges = input.convictedOf ? input.convictedOf.map((id) => chargeOf(defendant, id)) : defendant.charges;
    return {
      defendant,
      outcome: input.outcome,
      charges,
      sentenceMonths: input.sentenceMonths,
      fineFcfa: input.fineFcfa,
      compensationFcfa: input.compensationFcfa,
      warnings: penalties.warningsFor(charges.map((c) => c.offence), input.sentenceMonths),
    };
  });
}

function chargeOf(defendant: DefendantFacts, chargeId: string): ChargeFacts {
  const charge = defendant.charges.find((c) => c.id === chargeId);
  if (!charge) throw new ProsecutionException(Code.ChargeNotOfDefendant, { defendantId: defendant.id, chargeId });
  return charge;
}
