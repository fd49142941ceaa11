import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinator resolves an escalation that needs no new referral (assisted outside Relais,
 * refused, unreachable, duplicate…). `version` guards two coordinators deciding at once; rows
 * already there start at version 1, open.
 */
export class AddEscalationResolution1796647200000 implements MigrationInterface {
  name = 'AddEscalationResolution1796647200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE escalations
        ADD COLUMN version         integer     NOT NULL DEFAULT 1,
        ADD COLUMN resolution      text        CHECK (resolution IN ('assistedOutsideRelais', 'assistanceRefused', 'personUnreachable', 'duplicate', 'needNoLongerPresent')),
        ADD COLUMN resolution_note text,
        ADD COLUMN resolved_by     text,
        ADD COLUMN resolved_at     timestamptz,
        ADD CONSTRAINT escalations_resolved_whole CHECK ((resolution IS NULL) = (resolved_at IS NULL) AND (resolution IS NULL) = (resolved_by IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_resolved_whole,
      DROP COLUMN resolved_at, DROP COLUMN resolved_by, DROP COLUMN resolution_note, DROP COLUMN resolution, DROP COLUMN version`);
  }
}
