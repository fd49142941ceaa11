import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One wrapped data key per person. Operators: keep this table's backups short-lived or, in
 * production, move data keys to the KMS: crypto-shredding reaches a backup only if the backup
 * no longer holds the wrapped key once the master key that wrapped it has been retired.
 */
export class CreateDataKeys1796083380000 implements MigrationInterface {
  name = 'CreateDataKeys1796083380000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_keys (
        subject_id    text PRIMARY KEY,
        key_id        text NOT NULL,
        wrapped       bytea,
        created_at    timestamptz NOT NULL DEFAULT now(),
        destroyed_at  timestamptz,
        CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE data_keys');
  }
}

export const VAULT_MIGRATIONS = [CreateDataKeys1796083380000];
