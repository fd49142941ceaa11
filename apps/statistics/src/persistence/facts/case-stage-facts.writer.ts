import { factsOf, least, Target, write } from './fact-sql';

/** When a case first reached a stage. */
export async function reached(to: Target, caseId: string, stage: string, at: string): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto('case_stage_facts')
      .values({ case_id: caseId, stage, reached_at: at })
      .onConflict((oc) => oc.columns(['case_id', 'stage']).doUpdateSet({ reached_at: least('case_stage_facts', 'reached_at') })),
  );
}
