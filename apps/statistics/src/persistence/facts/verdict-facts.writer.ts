import { JudgmentRenderedV1 } from '@relais/contracts';
import { distinct, factsOf, newer, Recount, recountMonths, takeIf, Target, write } from './fact-sql';

const TABLE = 'verdict_facts';
const RECOUNT: Recount<typeof TABLE> = { table: TABLE, months: ['month'], cubes: ['persons'] };

/** One verdict per defendant and instance; a later judgment at the same instance replaces it. */
export async function rendered(to: Target, d: JudgmentRenderedV1): Promise<void> {
  for (const v of d.defendants) {
    const upsert = factsOf(to)
      .insertInto(TABLE)
      .values({
        defendant_id: v.defendantId, instance: d.instance, judgment_id: d.judgmentId, case_id: d.caseId, rendered_at: d.renderedAt, event_id: to.eventId,
        sex: v.sex, nationality: v.nationality ?? null, outcome: v.outcome, sentence_months: v.sentenceMonths ?? null, fine_fcfa: v.fineFcfa ?? null,
        compensation_fcfa: v.compensationFcfa ?? null, iccs: distinct(v.charges),
      })
      .onConflict((oc) =>
        oc.columns(['defendant_id', 'instance']).doUpdateSet(
          takeIf(TABLE, newer(TABLE, 'rendered_at', 'event_id'), [
            'judgment_id', 'case_id', 'rendered_at', 'event_id', 'sex', 'nationality', 'outcome', 'sentence_months', 'fine_fcfa', 'compensation_fcfa', 'iccs',
          ]),
        ),
      );
    // Only first-instance verdicts are in the person totals.
    await write(
      to,
      d.instance === 'first'
        ? recountMonths(to, RECOUNT, { defendant_id: v.defendantId, instance: d.instance }, upsert.returning('month'))
        : upsert,
    );
  }
}
