import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mali keeps UTC all year: the calendar month of an instant, as year * 12 + month - 1. */
const monthOf = (column: string) =>
  `(EXTRACT(YEAR FROM (${column} AT TIME ZONE 'UTC')) * 12 + EXTRACT(MONTH FROM (${column} AT TIME ZONE 'UTC')) - 1)::int`;
const yearOf = (column: string) => `EXTRACT(YEAR FROM (${column} AT TIME ZONE 'UTC'))::int`;

/**
 * Monthly totals for the criminal-justice figures, which were counted from the facts on every read:
 *
 * - `person_cube`: persons at each GLOTIP stage by month of that stage's own date. The stage
 *   dates get a stored month (as identifications and referrals have) so that a dirty month is
 *   recounted through an index.
 * - `judgment_facts`: each victim's first first-instance judgment (directly or through a merged
 *   case), with the whole days since identification and the victim's attributes. It depends on
 *   cases, links, merges and identifications arriving in any order, so handlers only append what
 *   they touched to `judgment_dirty` and the serialised refresh recomputes those victims.
 * - `judgment_cube`: histograms of those days by month of judgment (exact nearest-rank medians).
 * - `victim_cube.glotip_form`: victims by GLOTIP form, sex and child or adult, the UNODC layout.
 * - `referral_facts.created_year`, indexed with the victim, for the victims referred in a year.
 *
 * Existing data: every judged case is queued (its victims are recomputed) and every month of the new (and
 * of the acceptance and victim) totals is marked dirty, so the first refresh after start-up fills them.
 * Index names follow Postgres' own naming, so that a rebuild (LIKE ... INCLUDING ALL) recreates
 * them identically.
 */
export class MonthlyTotalsForProsecutions1796911200000 implements MigrationInterface {
  name = 'MonthlyTotalsForProsecutions1796911200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE defendant_facts
        ADD COLUMN added_month int GENERATED ALWAYS AS (${monthOf('added_at')}) STORED,
        ADD COLUMN charged_month int GENERATED ALWAYS AS (${monthOf('charged_at')}) STORED`);
    await q.query('CREATE INDEX defendant_facts_added_month_idx ON defendant_facts (added_month)');
    await q.query('CREATE INDEX defendant_facts_charged_month_idx ON defendant_facts (charged_month)');
    await q.query(`ALTER TABLE verdict_facts ADD COLUMN month int GENERATED ALWAYS AS (${monthOf('rendered_at')}) STORED`);
    await q.query('CREATE INDEX verdict_facts_month_idx ON verdict_facts (month)');

    await q.query(`
      CREATE TABLE judgment_facts (
        identification_id uuid PRIMARY KEY,
        judged_at timestamptz NOT NULL,
        month int GENERATED ALWAYS AS (${monthOf('judged_at')}) STORED,
        days int NOT NULL,
        region text,
        sex text,
        minor boolean
      )`);
    await q.query('CREATE INDEX judgment_facts_judged_at_idx ON judgment_facts (judged_at)');
    await q.query('CREATE INDEX judgment_facts_month_idx ON judgment_facts (month)');
    // Plain appends, no key, like cube_dirty: a case whose victims, or a victim whose first judgment, must be recomputed.
    await q.query('CREATE TABLE judgment_dirty (case_id uuid, identification_id uuid)');

    await q.query(`
      CREATE TABLE person_cube (
        cuboid smallint NOT NULL, month int NOT NULL, sex text, nationality text, iccs text, trafficking boolean,
        n int NOT NULL, prosecuted int NOT NULL, convicted int NOT NULL, acquitted int NOT NULL
      )`);
    await q.query('CREATE INDEX person_cube_cuboid_month_idx ON person_cube (cuboid, month)');
    await q.query('CREATE TABLE judgment_cube (cuboid smallint NOT NULL, month int NOT NULL, region text, sex text, minor boolean, days int NOT NULL, n int NOT NULL)');
    await q.query('CREATE INDEX judgment_cube_cuboid_month_idx ON judgment_cube (cuboid, month)');
    await q.query('ALTER TABLE victim_cube ADD COLUMN glotip_form text');
    // Victims referred in a year are distinct victims, not a sum of months: read in identification
    // order from an index, without a sort or a visit to the table.
    await q.query(`ALTER TABLE referral_facts ADD COLUMN created_year int GENERATED ALWAYS AS (${yearOf('created_at')}) STORED`);
    await q.query('CREATE INDEX referral_facts_created_year_identification_id_idx ON referral_facts (created_year, identification_id)');
    // Needs without an agency are few among the escalations.
    await q.query('CREATE INDEX escalation_facts_cause_escalated_at_idx ON escalation_facts (cause, escalated_at) WHERE referral_id IS NULL');

    // A victim has a first judgment only through a judged case (theirs, or the one theirs was merged into).
    await q.query('INSERT INTO judgment_dirty (case_id) SELECT case_id FROM case_facts WHERE first_judgment_at IS NOT NULL');
    await q.query(`INSERT INTO cube_dirty (cube, month) SELECT DISTINCT 'acceptance', month FROM referral_facts WHERE month IS NOT NULL`);
    await q.query(`INSERT INTO cube_dirty (cube, month) SELECT DISTINCT 'victims', month FROM identification_facts WHERE month IS NOT NULL`);
    await q.query(`
      INSERT INTO cube_dirty (cube, month)
      SELECT 'persons', m FROM (
        SELECT added_month FROM defendant_facts UNION SELECT charged_month FROM defendant_facts UNION SELECT month FROM verdict_facts
      ) AS months(m) WHERE m IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM cube_dirty WHERE cube IN ('persons', 'judgments')`);
    await q.query('DROP INDEX escalation_facts_cause_escalated_at_idx');
    await q.query('ALTER TABLE referral_facts DROP COLUMN created_year');
    await q.query('DELETE FROM victim_cube WHERE glotip_form IS NOT NULL');
    await q.query('ALTER TABLE victim_cube DROP COLUMN glotip_form');
    for (const table of ['judgment_cube', 'person_cube', 'judgment_dirty', 'judgment_facts']) await q.query(`DROP TABLE ${table}`);
    await q.query('ALTER TABLE verdict_facts DROP COLUMN month');
    await q.query('ALTER TABLE defendant_facts DROP COLUMN charged_month, DROP COLUMN added_month');
  }
}
