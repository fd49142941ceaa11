import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recipients' channels, the events being notified, one delivery per (event, recipient, channel)
 * and who has read which inbox notification. Unqualified names: the search_path is the schema.
 */
export class CreateDeliveries1796904000000 implements MigrationInterface {
  name = 'CreateDeliveries1796904000000';

  async up(q: QueryRunner): Promise<void> {
    // Contacts (e-mail addresses, phone numbers) and the webhook secret are sealed together
    // (AES-256-GCM, bound to the recipient); counts and the URL stay readable for routing.
    await q.query(`
      CREATE TABLE recipients (
        kind            text        NOT NULL CHECK (kind IN ('agency', 'office', 'coordinator')),
        id              text        NOT NULL CHECK (length(id) BETWEEN 1 AND 100),
        language        text        NOT NULL CHECK (language IN ('fr', 'en')),
        webhook_url     text,
        email_count     int         NOT NULL CHECK (email_count >= 0),
        phone_count     int         NOT NULL CHECK (phone_count >= 0),
        sealed_contacts bytea       NOT NULL,
        key_id          text        NOT NULL,
        version         int         NOT NULL,
        updated_at      timestamptz NOT NULL,
        updated_by      text        NOT NULL,
        PRIMARY KEY (kind, id),
        CHECK (kind <> 'coordinator' OR id = 'coordinator')
      )`);
    // The event exactly as received (already validated against its contract): webhooks send
    // these bytes, messages are rendered from its data.
    await q.query(`
      CREATE TABLE notified_events (
        event_id     uuid        PRIMARY KEY,
        event_type   text        NOT NULL,
        occurred_at  timestamptz NOT NULL,
        payload      text        NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE deliveries (
        id               uuid        PRIMARY KEY,
        event_id         uuid        NOT NULL REFERENCES notified_events (event_id),
        event_type       text        NOT NULL,
        recipient_kind   text        NOT NULL CHECK (recipient_kind IN ('agency', 'office', 'coordinator')),
        recipient_id     text        NOT NULL,
        channel          text        NOT NULL CHECK (channel IN ('webhook', 'email', 'sms', 'inbox')),
        status           text        NOT NULL CHECK (status IN ('pending', 'sending', 'retrying', 'delivered', 'failed')),
        attempts         int         NOT NULL DEFAULT 0,
        last_error       text,
        done_targets     text[]      NOT NULL DEFAULT '{}',
        created_at       timestamptz NOT NULL DEFAULT now(),
        next_attempt_at  timestamptz,
        first_attempt_at timestamptz,
        last_attempt_at  timestamptz,
        delivered_at     timestamptz,
        failed_at        timestamptz,
        claim_token      uuid,
        lease_until      timestamptz,
        UNIQUE (event_id, recipient_kind, recipient_id, channel),
        CHECK (status NOT IN ('pending', 'retrying') OR next_attempt_at IS NOT NULL),
        CHECK (status <> 'sending' OR (claim_token IS NOT NULL AND lease_until IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX deliveries_due_idx ON deliveries (next_attempt_at) WHERE status IN ('pending', 'retrying')`);
    await q.query(`CREATE INDEX deliveries_leased_idx ON deliveries (lease_until) WHERE status = 'sending'`);
    await q.query(`CREATE INDEX deliveries_status_idx ON deliveries (status, id DESC)`);
    await q.query(`CREATE INDEX deliveries_inbox_idx ON deliveries (recipient_kind, recipient_id, id DESC) WHERE channel = 'inbox'`);
    // Wakes the dispatcher when new deliveries commit; polling remains the fallback.
    await q.query(`
      CREATE FUNCTION deliveries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('relais_deliveries_' || TG_TABLE_SCHEMA, '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER deliveries_notify AFTER INSERT ON deliveries FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify()`);
    // Read state is per user: one caseworker opening a notification does not hide it from colleagues.
    await q.query(`
      CREATE TABLE notification_reads (
        delivery_id uuid        NOT NULL REFERENCES deliveries (id),
        reader      text        NOT NULL,
        read_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (delivery_id, reader)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_reads');
    await q.query('DROP TRIGGER deliveries_notify ON deliveries');
    await q.query('DROP FUNCTION deliveries_notify()');
    await q.query('DROP TABLE deliveries');
    await q.query('DROP TABLE notified_events');
    await q.query('DROP TABLE recipients');
  }
}
