import { HearingScheduledV1 } from '@relais/contracts';
import { sql } from 'kysely';
import { factsOf, takeIf, Target, write } from './fact-sql';

const TABLE = 'hearing_facts';

/** A hearing as its latest event about it says (by event id). */
export async function scheduled(to: Target, d: HearingScheduledV1): Promise<void> {
  const later = sql<boolean>`${sql.ref('excluded.event_id')} >= ${sql.ref(`${TABLE}.event_id`)}`;
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ hearing_id: d.hearingId, case_id: d.caseId, kind: d.kind, at: d.at, event_id: to.eventId })
      .onConflict((oc) => oc.column('hearing_id').doUpdateSet(takeIf(TABLE, later, ['case_id', 'kind', 'at', 'event_id']))),
  );
}
