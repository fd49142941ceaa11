import { identificationUnitMigration } from '@relais/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit that identified the person (from `intake.victim-identified.v1`), so its officers and
 * their region's supervisor can follow the referrals: scoped on the identification, like intake.
 * Identifications received before stay without a unit and are seen by the coordinator only. The
 * step itself is the one the other service's copy of the identifications took (@relais/persistence).
 */
export class AddIdentificationUnit1796637600000 implements MigrationInterface {
  name = 'AddIdentificationUnit1796637600000';

  up(q: QueryRunner): Promise<void> {
    return identificationUnitMigration.up(q);
  }

  down(q: QueryRunner): Promise<void> {
    return identificationUnitMigration.down(q);
  }
}
