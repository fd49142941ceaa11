import { CASE_STAGES, STAGE_TRANSITIONS, STAGES_REQUIRING_DECISION_REF } from '../../../../../../libs/vocabulary/src';
import type { Stage } from './prosecution';

/** Board order: the path of a case from the report to the final judgment, then the exits. */
export const STAGES: readonly Stage[] = CASE_STAGES;

/**
 * The steps the procedure allows, the service's own table, only to offer them: the service
 * decides and answers 409 with its reason when the screen is out of date.
 */
export const NEXT_STAGES: Readonly<Record<Stage, readonly Stage[]>> = STAGE_TRANSITIONS;

export const NEEDS_DECISION_REF: readonly Stage[] = STAGES_REQUIRING_DECISION_REF;

/** `datetime-local` value (the person's clock) → ISO instant for the service. */
export function toInstant(local: string): string {
  return new Date(local).toISOString();
}

/** Now, as a `datetime-local` value in the person's clock. */
export function localNow(date = new Date()): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
