import { CaseMergedV1, CaseOpenedV1, CaseStageChangedV1, CaseTransferredV1 } from '@relais/contracts';
import { sql } from 'kysely';
import { Column, factsOf, least, newer, sameOrLaterEvent, takeIf, Target, write } from './fact-sql';

const TABLE = 'case_facts';
const OFFICE: Column<typeof TABLE>[] = ['office_id', 'office_as_of', 'office_event'];
const STAGE: Column<typeof TABLE>[] = ['stage', 'stage_as_of', 'stage_event'];

/** One row per case: how it was opened, the office holding it and its stage (each newest first), merger and first judgment. */
export async function opened(to: Target, d: CaseOpenedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({
        case_id: d.caseId, opened_event: to.eventId, opened_at: d.openedAt, region: d.region, opened_from: d.openedFrom,
        office_id: d.officeId, office_as_of: d.openedAt, office_event: to.eventId, stage: 'reportReceived', stage_as_of: d.openedAt, stage_event: to.eventId,
      })
      .onConflict((oc) =>
        oc.column('case_id').doUpdateSet({
          ...takeIf(TABLE, sameOrLaterEvent(TABLE, 'opened_event'), ['opened_event', 'opened_at', 'region', 'opened_from']),
          ...takeIf(TABLE, newer(TABLE, 'office_as_of', 'office_event'), OFFICE),
          ...takeIf(TABLE, newer(TABLE, 'stage_as_of', 'stage_event'), STAGE),
        }),
      ),
  );
}

export async function stageChanged(to: Target, d: CaseStageChangedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ case_id: d.caseId, stage: d.to, stage_as_of: d.at, stage_event: to.eventId })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(takeIf(TABLE, newer(TABLE, 'stage_as_of', 'stage_event'), STAGE))),
  );
}

export async function transferred(to: Target, d: CaseTransferredV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ case_id: d.caseId, office_id: d.officeId, office_as_of: d.transferredAt, office_event: to.eventId })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(takeIf(TABLE, newer(TABLE, 'office_as_of', 'office_event'), OFFICE))),
  );
}

/** The first merger wins (a merger has no event column: the earlier instant decides). */
export async function merged(to: Target, d: CaseMergedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ case_id: d.caseId, merged_into: d.intoCaseId, merged_at: d.mergedAt })
      .onConflict((oc) =>
        oc.column('case_id').doUpdateSet({
          merged_into: sql<never>`CASE WHEN ${sql.ref(`${TABLE}.merged_at`)} IS NULL OR ${sql.ref('excluded.merged_at')} < ${sql.ref(`${TABLE}.merged_at`)}
            THEN ${sql.ref('excluded.merged_into')} ELSE ${sql.ref(`${TABLE}.merged_into`)} END`,
          merged_at: least(TABLE, 'merged_at'),
        }),
      ),
  );
}

export async function firstJudgment(to: Target, caseId: string, renderedAt: string): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ case_id: caseId, first_judgment_at: renderedAt })
      .onConflict((oc) => oc.column('case_id').doUpdateSet({ first_judgment_at: least(TABLE, 'first_judgment_at') })),
  );
}
