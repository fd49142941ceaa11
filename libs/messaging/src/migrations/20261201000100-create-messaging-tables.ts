import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox (events written in the same transaction as the state change that caused them) and
 * the inbox (events this service has already handled). Unqualified names: the data source's
 * search_path is the service's schema.
 */
export class CreateMessagingTables1796083260000 implements MigrationInterface {
  name = 'CreateMessagingTables1796083260000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id            bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        event_type    text NOT NULL,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        payload       text NOT NULL,
        traceparent   text,
        tracestate    text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz
      )`);
    // The relay walks unpublished rows in id order; the partial index stays as small as the backlog.
    await q.query(`CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_unpublished_key_idx ON outbox (message_key, id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_published_at_idx ON outbox (published_at) WHERE published_at IS NOT NULL`);
    // One notification per inserting statement wakes the relay without polling; delivered on commit.
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('relais_outbox_' || TG_TABLE_SCHEMA, '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
    await q.query(`
      CREATE TABLE inbox (
        consumer_group  text NOT NULL,
        event_id        uuid NOT NULL,
        event_type      text NOT NULL,
        handled_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox`);
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
    await q.query(`DROP TABLE outbox`);
  }
}

export const MESSAGING_MIGRATIONS = [CreateMessagingTables1796083260000];
