import { sql } from 'kysely';
import { distinct, factsOf, least, Target, write } from './fact-sql';

/** The victims of a case, each with the first time it was linked to them. */
export async function linked(to: Target, caseId: string, identificationIds: string[], at: string): Promise<void> {
  if (!identificationIds.length) return;
  await write(
    to,
    factsOf(to)
      .insertInto('case_victims')
      .columns(['case_id', 'identification_id', 'linked_at'])
      .expression(sql`SELECT ${caseId}, id, ${at} FROM unnest(${distinct(identificationIds)}::uuid[]) AS id`)
      .onConflict((oc) => oc.columns(['case_id', 'identification_id']).doUpdateSet({ linked_at: least('case_victims', 'linked_at') })),
  );
}
