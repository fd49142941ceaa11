import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKeys1796083320000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1796083320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope         text NOT NULL,
        key           text NOT NULL,
        request_hash  text NOT NULL,
        status_code   int,
        response      jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
  }
}
