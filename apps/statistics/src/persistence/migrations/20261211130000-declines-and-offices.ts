import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * - Declines by reason: the referral totals gain the decline reason (`referral_facts.decline_reason`
 *   has held it from the start) for a cuboid by reason, need and region (cube-specs.ts). Every
 *   month of the referral totals is marked dirty, so the first refresh recounts them with it.
 * - A prosecutor's office sees its own figures: each victim's first judgment records the office
 *   holding the case judged. Every judged case is queued, so the first refresh fills it in.
 */
export class DeclinesAndOffices1796994000000 implements MigrationInterface {
  name = 'DeclinesAndOffices1796994000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE referral_cube ADD COLUMN decline_reason text');
    await q.query(`INSERT INTO cube_dirty (cube, month) SELECT DISTINCT 'referrals', month FROM referral_facts WHERE month IS NOT NULL`);
    await q.query('ALTER TABLE judgment_facts ADD COLUMN office_id text');
    await q.query('INSERT INTO judgment_dirty (case_id) SELECT case_id FROM case_facts WHERE first_judgment_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE judgment_facts DROP COLUMN office_id');
    // Rows of the cuboid by reason (the sixth, index 5) would otherwise stay behind without their reason.
    await q.query('DELETE FROM referral_cube WHERE cuboid = 5');
    await q.query('ALTER TABLE referral_cube DROP COLUMN decline_reason');
  }
}
