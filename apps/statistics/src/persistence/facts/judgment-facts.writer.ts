import { run } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { TableRef } from '../cube-specs';
import { inSchema } from '../read-model';
import { monthOf } from '../sql-fragments';
import { Column, factsOf } from './fact-sql';

/** Whole days from identification to judgment (floored; never negative despite clock skew). */
const DAYS_TO_JUDGMENT = 'GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (j.judged_at - i.identified_at)) / 86400))::int';

/**
 * Each victim's first first-instance judgment, over every case they are linked to, directly or
 * through a case merged into another (one level: the merged case's own judgment or that of the
 * case it was merged into, whichever came first), with the whole days since identification, the
 * victim's attributes and the office now holding the case judged (ties: the first office by id).
 * Victims without an identification yet are left out. `victims` restricts it to the
 * identifications a subquery names.
 */
function firstJudgments(t: TableRef, victims?: string): string {
  const judgedAt = 'LEAST(c.first_judgment_at, m.first_judgment_at)';
  return `
    SELECT j.identification_id, j.judged_at, ${DAYS_TO_JUDGMENT} AS days, i.region, i.sex, i.minor, j.office_id
      FROM (SELECT DISTINCT ON (cv.identification_id) cv.identification_id, ${judgedAt} AS judged_at,
                   CASE WHEN c.first_judgment_at IS NULL OR m.first_judgment_at < c.first_judgment_at THEN m.office_id ELSE c.office_id END AS office_id
              FROM ${t('case_victims')} cv
              JOIN ${t('case_facts')} c ON c.case_id = cv.case_id
              LEFT JOIN ${t('case_facts')} m ON m.case_id = c.merged_into
             WHERE ${judgedAt} IS NOT NULL${victims ? ` AND cv.identification_id IN (${victims})` : ''}
             ORDER BY cv.identification_id, 2, 3) j
      JOIN ${t('identification_facts')} i ON i.identification_id = j.identification_id AND i.identified_at IS NOT NULL`;
}

/**
 * The columns a refresh rewrites, checked against the generated schema. The statements stay plain
 * SQL: DISTINCT ON, a FULL JOIN of stored and computed rows and data-modifying CTEs would each be a
 * `sql` fragment inside the builder, which would then check nothing more than this list.
 */
const COLUMNS: readonly Column<'judgment_facts'>[] = ['judged_at', 'days', 'region', 'sex', 'minor', 'office_id'];

/**
 * Recomputes the victims that handlers queued in `judgment_dirty`: the victims named, those linked
 * to a case named, and those linked to a case merged into a case named (its judgment is theirs
 * too). Rows that change are rewritten, and the months they leave and enter are marked dirty in
 * the judgment totals. Runs inside the serialised refresh: a handler's queue entry commits with
 * the facts it wrote, so whatever the refresh takes off the queue it also sees in the facts.
 */
export async function updateJudgmentFacts(manager: EntityManager, schema: string): Promise<void> {
  const t: TableRef = (table) => inSchema(schema, table);
  // The queue is read here rather than joined in SQL: its statistics are stale by nature (it is
  // emptied on every read), which misleads plans.
  const dirty = await run(manager, factsOf({ schema }).deleteFrom('judgment_dirty').returning(['case_id', 'identification_id']));
  if (!dirty.length) return;
  const ids = (key: 'case_id' | 'identification_id') => [...new Set(dirty.map((d) => d[key]).filter((id) => id !== null))];
  const differs = `(s.${COLUMNS.join(', s.')}) IS DISTINCT FROM (n.${COLUMNS.join(', n.')})`;
  await manager.query(
    `WITH affected AS (
       SELECT unnest($2::uuid[]) AS id
       UNION SELECT cv.identification_id FROM ${t('case_victims')} cv WHERE cv.case_id = ANY($1::uuid[])
       UNION SELECT cv.identification_id FROM ${t('case_facts')} merged
               JOIN ${t('case_victims')} cv ON cv.case_id = merged.case_id
              WHERE merged.merged_into = ANY($1::uuid[])
     ), stored AS (
       SELECT * FROM ${t('judgment_facts')} WHERE identification_id IN (SELECT id FROM affected)
     ), computed AS (${firstJudgments(t, 'SELECT id FROM affected')}
     ), changed AS (
       SELECT s.identification_id AS old_id, s.month AS old_month, n.*, ${monthOf('n.judged_at')} AS new_month
         FROM stored s FULL JOIN computed n ON n.identification_id = s.identification_id
        WHERE ${differs}
     ), removed AS (
       DELETE FROM ${t('judgment_facts')} f USING changed c WHERE c.identification_id IS NULL AND f.identification_id = c.old_id
     ), written AS (
       INSERT INTO ${t('judgment_facts')} AS f (identification_id, ${COLUMNS.join(', ')})
       SELECT identification_id, ${COLUMNS.join(', ')} FROM changed WHERE identification_id IS NOT NULL
       ON CONFLICT (identification_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
     )
     INSERT INTO ${t('cube_dirty')} (cube, month)
     SELECT DISTINCT 'judgments', m.month FROM changed c CROSS JOIN LATERAL (VALUES (c.old_month), (c.new_month)) AS m(month)
      WHERE m.month IS NOT NULL`,
    [ids('case_id'), ids('identification_id')],
  );
}

/** Recomputes every victim's first judgment, e.g. after a bulk load or a replay (the queue is emptied by the caller). */
export async function rebuildJudgmentFacts(manager: EntityManager, schema: string): Promise<void> {
  const t: TableRef = (table) => inSchema(schema, table);
  await manager.query(`INSERT INTO ${t('judgment_facts')} (identification_id, ${COLUMNS.join(', ')}) ${firstJudgments(t)}`);
}
