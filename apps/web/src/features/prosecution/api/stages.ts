import type { Stage } from './prosecution';

/** Board order: the path of a case from the report to the final judgment, then the exits. */
export const STAGES: readonly Stage[] = [
  'reportReceived', 'preliminaryInvestigation', 'judicialInvestigation', 'committedForTrial', 'trial', 'judgment', 'appeal', 'final', 'dismissed', 'noCase',
];

/**
 * The steps the procedure allows (apps/prosecution/src/domain/case-stage.ts), only to offer them:
 * the service decides and answers 409 with its reason when the screen is out of date.
 */
export const NEXT_STAGES: Readonly<Record<Stage, readonly Stage[]>> = {
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

export const NEEDS_DECISION_REF: readonly Stage[] = ['dismissed', 'noCase'];

/** `datetime-local` value (the person's clock) → ISO instant for the service. */
export function toInstant(local: string): string {
  return new Date(local).toISOString();
}

/** Now, as a `datetime-local` value in the person's clock. */
export function localNow(date = new Date()): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
