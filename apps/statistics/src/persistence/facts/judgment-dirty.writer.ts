import { factsOf, Target, write } from './fact-sql';

/*
 * The queue of victims whose first judgment the next refresh recomputes (judgment-facts.writer.ts):
 * it sees every aggregate the judgment depends on, whatever arrived first.
 */

/** A victim's attributes changed (its region is also that of its time to judgment). */
export function queueVictim(to: Target, identificationId: string) {
  return factsOf(to).insertInto('judgment_dirty').values({ identification_id: identificationId });
}

/** The case's victims, and those of cases merged into it. */
export async function queueCase(to: Target, caseId: string): Promise<void> {
  await write(to, factsOf(to).insertInto('judgment_dirty').values({ case_id: caseId }));
}
