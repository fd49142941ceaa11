import { QueryRunner } from 'typeorm';

/**
 * One step that two services' migrations take on their copy of intake's identifications (referral
 * and prosecution): the unit that identified the person, so its officers and their region's
 * supervisor are scoped on the identification like intake, plus the indexes that scope uses.
 * Identifications received before stay without a unit and are seen by the coordinator only.
 *
 * Both migrations have run with exactly this SQL: it never changes. A later change to either
 * service's table is a new migration of that service.
 */
export const identificationUnitMigration = {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identifications ADD COLUMN unit_id text`);
    await q.query(`CREATE INDEX identifications_unit_idx ON identifications (unit_id)`);
    await q.query(`CREATE INDEX identifications_region_idx ON identifications (region)`);
  },

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX identifications_region_idx');
    await q.query('DROP INDEX identifications_unit_idx');
    await q.query('ALTER TABLE identifications DROP COLUMN unit_id');
  },
};
