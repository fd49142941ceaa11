import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit that identified the person (from `intake.victim-identified.v1`), so its officers and
 * their region's supervisor can see whether a case is open: scoped on the identification, like
 * intake. Identifications received before stay without a unit and are seen by the coordinator only.
 */
export class AddIdentificationUnit1796637660000 implements MigrationInterface {
  name = 'AddIdentificationUnit1796637660000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identifications ADD COLUMN unit_id text`);
    await q.query(`CREATE INDEX identifications_unit_idx ON identifications (unit_id)`);
    await q.query(`CREATE INDEX identifications_region_idx ON identifications (region)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX identifications_region_idx');
    await q.query('DROP INDEX identifications_unit_idx');
    await q.query('ALTER TABLE identifications DROP COLUMN unit_id');
  }
}
