import { DefendantAddedV1, DefendantChargedV1 } from '@relais/contracts';
import { sql } from 'kysely';
import { distinct, factsOf, least, Recount, recountMonths, sameOrLaterEvent, takeIf, Target, write } from './fact-sql';

const TABLE = 'defendant_facts';
const RECOUNT: Recount<typeof TABLE> = { table: TABLE, months: ['added_month', 'charged_month'], cubes: ['persons'] };

/** One row per defendant: who was prosecuted (the adding event's attributes) and the codes charged, each counted in its own month. */
export async function added(to: Target, d: DefendantAddedV1): Promise<void> {
  const upsert = factsOf(to)
    .insertInto(TABLE)
    .values({
      defendant_id: d.defendantId, case_id: d.caseId, added_event: to.eventId, added_at: d.addedAt, sex: d.sex, nationality: d.nationality ?? null,
      role: d.role ?? null, in_custody: d.inCustody,
    })
    .onConflict((oc) =>
      oc.column('defendant_id').doUpdateSet(
        takeIf(TABLE, sameOrLaterEvent(TABLE, 'added_event'), ['case_id', 'added_event', 'added_at', 'sex', 'nationality', 'role', 'in_custody']),
      ),
    )
    .returning(['added_month', 'charged_month']);
  await write(to, recountMonths(to, RECOUNT, { defendant_id: d.defendantId }, upsert));
}

/** The codes charged are also those of the person's formal contact, counted in another month: they accumulate, sorted. */
export async function charged(to: Target, d: DefendantChargedV1): Promise<void> {
  const upsert = factsOf(to)
    .insertInto(TABLE)
    .values({ defendant_id: d.defendantId, case_id: d.caseId, charged_at: d.chargedAt, charged_iccs: distinct(d.charges.map((c) => c.iccs)) })
    .onConflict((oc) =>
      oc.column('defendant_id').doUpdateSet({
        charged_at: least(TABLE, 'charged_at'),
        charged_iccs: sql<never>`ARRAY(SELECT DISTINCT c FROM unnest(COALESCE(${sql.ref(`${TABLE}.charged_iccs`)}, '{}') || ${sql.ref('excluded.charged_iccs')}) AS c ORDER BY c)`,
      }),
    )
    .returning(['added_month', 'charged_month']);
  await write(to, recountMonths(to, RECOUNT, { defendant_id: d.defendantId }, upsert));
}
