import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transaction that called pg_notify takes Postgres' one notify lock, cluster-wide, at commit
 * (PreCommit_Notify) and holds it until the commit is durable: every emitting commit of every
 * service queued on it (issue #20). Writers now notify only while some relay of the schema has said
 * it waits idle, so under load, when the relays are busy claiming, no commit takes that lock.
 *
 * One row per relay instance (replicas): a busy replica must not silence the wake-ups an idle one
 * waits for. The rows only decide latency, never delivery: a relay that misses a wake-up (the race
 * between a writer's trigger and the relay's idle transition, a row pruned as stale) finds the row
 * at its next poll, since it claims by `published_at IS NULL`.
 */
export class NotifyOnlyListeningRelays1796601660000 implements MigrationInterface {
  name = 'NotifyOnlyListeningRelays1796601660000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_listeners (
        relay_id   uuid PRIMARY KEY,
        listening  boolean NOT NULL,
        seen_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // The trigger stays FOR EACH STATEMENT; only its body changes. A few rows, read once per
    // inserting statement: far cheaper than the commit-time lock it spares. A row not refreshed
    // for four of the idle relay's 30 s heartbeats belongs to a relay that died listening: ignored,
    // so that a crash does not leave every commit notifying until an idle relay prunes it. The
    // function resolves the table through a fixed search_path, never the caller's.
    const [{ schema }] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql SET search_path = ${schema}, pg_temp AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM outbox_listeners WHERE listening AND seen_at > now() - interval '2 minutes') THEN
          PERFORM pg_notify('relais_outbox_' || TG_TABLE_SCHEMA, '');
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('relais_outbox_' || TG_TABLE_SCHEMA, '');
        RETURN NULL;
      END $$`);
    await q.query(`DROP TABLE outbox_listeners`);
  }
}
