import { Assessment, CorrectableField, ExploitationForm } from '@relais/contracts';
import { canonicalJson } from '@relais/platform';
import { CorrectableState, NeedEntry, Place } from './identification';
import { needsFor } from './needs';

/** What a correction asks for: any of the non-identifying fields, each replaced whole. */
export interface Correction {
  place?: Place;
  forms?: ExploitationForm[];
  methodsOfControl?: string[];
  needs?: { need: NeedEntry['need']; urgent?: boolean }[];
  assessment?: Assessment;
}

export interface CorrectionOutcome {
  next: CorrectableState;
  /** The fields the events know of that changed, in the contract's vocabulary. */
  changedFields: CorrectableField[];
  /** True when anything changed at all, including place details no event carries. */
  changed: boolean;
}

/**
 * Applies a correction. Each given field replaces the current one; a child keeps their
 * child-protection need whatever the correction says.
 */
export function applyCorrection(current: CorrectableState, correction: Correction, isMinor: boolean): CorrectionOutcome {
  const next: CorrectableState = {
    place: correction.place ?? current.place,
    forms: correction.forms ?? current.forms,
    methodsOfControl: correction.methodsOfControl ?? current.methodsOfControl,
    needs: correction.needs ? needsFor(correction.needs.map((n) => ({ need: n.need, urgent: n.urgent ?? false })), isMinor) : current.needs,
    assessment: correction.assessment ?? current.assessment,
  };
  const differs = (a: unknown, b: unknown) => canonicalJson(a) !== canonicalJson(b);
  const changedFields: CorrectableField[] = [];
  if (next.place.region !== current.place.region) changedFields.push('region');
  if ((next.place.cercle ?? null) !== (current.place.cercle ?? null)) changedFields.push('cercle');
  if (differs(next.forms, current.forms)) changedFields.push('forms');
  if (differs(next.methodsOfControl, current.methodsOfControl)) changedFields.push('methodsOfControl');
  if (differs(next.needs, current.needs)) changedFields.push('needs');
  if (next.assessment !== current.assessment) changedFields.push('assessment');
  return { next, changedFields, changed: changedFields.length > 0 || differs(next.place, current.place) };
}
