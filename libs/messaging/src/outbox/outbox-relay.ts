import { context, trace } from '@opentelemetry/api';
import { CLOUDEVENTS_CONTENT_TYPE, Headers, uuidv7 } from '@relais/contracts';
import { meter } from '@relais/observability';
import { CompressionTypes, Kafka, Message, Producer } from 'kafkajs';
import { Client } from 'pg';
import { Logger } from 'pino';
import { DataSource, QueryRunner } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { KafkaNames } from '../kafka/names';
import { idempotentProducer } from '../kafka/kafka-client';
import { MessagingOptions } from '../messaging.options';
import { contextFromCarrier, endSpan, startProducerSpan } from '../tracing';

interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  topic: string;
  message_key: string;
  payload: string;
  traceparent: string | null;
  tracestate: string | null;
}

/**
 * Claims the oldest unpublished rows of keys no other relay holds. Keys are taken from a window at
 * the head of the backlog and each is try-locked exactly once (a per-row lock attempt could fail on
 * a key's first row and succeed on its second once the other relay commits, publishing out of
 * order). For every key held, all its unpublished rows are then taken oldest first; FOR UPDATE
 * re-checks `published_at` for rows another relay marked after our snapshot. Walking
 * `published_at IS NULL` (never a "last id" cursor) means a row that commits late is still published.
 */
const CLAIM_SQL = `
  WITH head AS MATERIALIZED (
    SELECT message_key FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $3
  ), held AS MATERIALIZED (
    SELECT message_key FROM (SELECT DISTINCT message_key FROM head) candidates
     WHERE pg_try_advisory_xact_lock(hashtext($1), hashtext(message_key))
  )
  SELECT o.id, o.event_id, o.event_type, o.topic, o.message_key, o.payload, o.traceparent, o.tracestate
    FROM outbox o JOIN held ON held.message_key = o.message_key
   WHERE o.published_at IS NULL
   ORDER BY o.id
   LIMIT $2
     FOR UPDATE OF o`;

const PRUNE_EVERY_MS = 60_000;
/** An idle relay re-marks its row this often, so that a live one is never pruned as stale. */
const LISTENING_HEARTBEAT_MS = 30_000;
/** A row not re-marked for this long belongs to a relay that died without removing it. */
const LISTENER_STALE_MS = 5 * 60_000;
const STATS_EVERY_MS = 5_000;
const STOP_GRACE_MS = 10_000;

export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by a notification; checked before sleeping so a wake-up during a batch is not lost. */
  private signalled = false;
  private listener?: Client;
  private producer?: Producer;
  private lastPrune = 0;
  private lastStats = 0;
  private backlog = { count: 0, oldestAgeSeconds: 0 };
  private readonly lockNamespace: string;
  /** This instance's row in outbox_listeners (one per replica). */
  private readonly relayId = uuidv7();
  /** What this instance's row last said: writers notify only while some relay's row says listening. */
  private listening = false;
  private listeningMarkedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    private readonly options: MessagingOptions,
    private readonly logger: Logger,
  ) {
    this.lockNamespace = `relais.outbox.${this.schema}`;
    const m = meter();
    m.createObservableGauge('relais_outbox_backlog', { description: 'Unpublished outbox rows' }).addCallback((r) =>
      r.observe(this.backlog.count, { service: this.options.service }),
    );
    m.createObservableGauge('relais_outbox_oldest_age_seconds', { description: 'Age of the oldest unpublished row' }).addCallback((r) =>
      r.observe(this.backlog.oldestAgeSeconds, { service: this.options.service }),
    );
  }

  private get schema(): string {
    return (this.dataSource.options as PostgresConnectionOptions).schema ?? 'public';
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.producer = idempotentProducer(this.kafka);
    await this.producer.connect();
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /**
   * Finishes the batch in flight, then disconnects. A send that waits out a broker outage is not
   * waited for beyond the grace period: its transaction rolls back and the rows stay unpublished
   * for the next start, which is exactly as safe.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await Promise.race([this.loop, new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    await this.dataSource.query('DELETE FROM outbox_listeners WHERE relay_id = $1', [this.relayId]).catch(() => undefined);
    this.listening = false;
    await this.producer?.disconnect().catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Publishes one batch; returns how many rows it published. Exposed for tests and tools. */
  async drainOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const { batchSize } = this.options.relay;
      const rows: OutboxRow[] = await runner.query(CLAIM_SQL, [this.lockNamespace, batchSize, batchSize * 4]);
      if (rows.length) {
        await this.publish(rows);
        await this.options.hooks?.afterPublish?.(rows.map((r) => r.event_id));
        await runner.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      await rollbackQuietly(runner);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Writers notify only while a relay says it is idle (outbox_notify, migration 20261207000100), so
   * a busy relay spares every emitting commit the cluster-wide notify lock. Going idle, the relay
   * marks its row, then claims once more before it waits: a row whose writer read the mark before
   * it was set is found by that claim if it had committed. Only a writer that read the old mark and
   * commits after that claim goes unannounced; the poll finds it, so the race costs at most
   * pollIntervalMs (plus lingerMs) of latency, never a row.
   */
  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.signalled = false;
        const published = await this.drainOnce();
        failures = 0;
        if (published > 0) {
          // Found work without being told (a missed wake-up, or after a poll): writers can stop notifying.
          await this.markListening(false);
          continue;
        }
        await this.housekeeping();
        if (!this.listener) {
          // Nobody would hear a notification: writers had better not pay for one.
          await this.markListening(false);
        } else if (!this.listening || Date.now() - this.listeningMarkedAt >= LISTENING_HEARTBEAT_MS) {
          const wasListening = this.listening;
          await this.markListening(true);
          if (!wasListening) continue; // the claim that closes the race
        }
        if (!this.signalled) await this.sleep(this.options.relay.pollIntervalMs);
        if (!this.running) break;
        // Woken to work: until this relay is idle again, the writers' commits need not notify it.
        if (this.signalled) await this.markListening(false);
        if (this.options.relay.lingerMs > 0) await new Promise((r) => setTimeout(r, this.options.relay.lingerMs));
      } catch (error) {
        failures += 1;
        this.logger.warn({ err: error, failures }, 'outbox relay batch failed; retrying');
        await this.sleep(Math.min(30_000, 100 * 2 ** Math.min(failures, 9)));
        if (!this.listener) await this.listen();
      }
    }
  }

  /** Upserts this instance's row; a no-op when it already says so (bar the idle heartbeat). */
  private async markListening(listening: boolean): Promise<void> {
    if (!listening && !this.listening) return;
    if (listening && !this.running) return; // stop() deleted the row: a late mark must not bring it back
    // Not worth a WAL flush: a mark lost in a crash only costs latency (bounded by the poll) or
    // needless notifications, until the next mark. set_config(…, true) holds through this
    // statement's own commit, in one round trip.
    await this.dataSource.query(
      `INSERT INTO outbox_listeners (relay_id, listening, seen_at)
       SELECT $1, $2, now() FROM (SELECT set_config('synchronous_commit', 'off', true)) AS non_durable
       ON CONFLICT (relay_id) DO UPDATE SET listening = EXCLUDED.listening, seen_at = EXCLUDED.seen_at`,
      [this.relayId, listening],
    );
    this.listening = listening;
    this.listeningMarkedAt = Date.now();
  }

  private async publish(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    const spans = rows.map((row) => {
      const parent = contextFromCarrier({ traceparent: row.traceparent ?? undefined, tracestate: row.tracestate ?? undefined });
      const topic = this.names.topic(row.topic);
      const { span, carrier } = startProducerSpan(topic, row.event_type, parent);
      const headers: Record<string, string> = { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE };
      if (carrier.traceparent) headers[Headers.TraceParent] = carrier.traceparent;
      if (carrier.tracestate) headers[Headers.TraceState] = carrier.tracestate;
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key: row.message_key, value: row.payload, headers });
      byTopic.set(topic, messages);
      return span;
    });
    const producer = this.producer;
    if (!producer) throw new Error('OutboxRelay used before start()');
    try {
      await context.with(trace.deleteSpan(context.active()), () =>
        producer.sendBatch({
          acks: -1,
          compression: CompressionTypes.None,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        }),
      );
      spans.forEach((s) => endSpan(s));
    } catch (error) {
      spans.forEach((s) => endSpan(s, error));
      throw error;
    }
  }

  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastStats >= STATS_EVERY_MS) {
      this.lastStats = now;
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS count, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
           FROM outbox WHERE published_at IS NULL`,
      );
      this.backlog = { count: row.count, oldestAgeSeconds: row.age };
    }
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      // A relay that died marked as listening only costs writers needless notifications until then.
      await this.dataSource.query(`DELETE FROM outbox_listeners WHERE seen_at < now() - ($1::bigint * interval '1 millisecond')`, [LISTENER_STALE_MS]);
      await this.dataSource.query(
        `DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE published_at < now() - ($1::bigint * interval '1 millisecond') LIMIT 10000)`,
        [this.options.relay.retentionMs],
      );
    }
  }

  /** LISTEN on a dedicated connection; if it fails, polling alone keeps the relay going. */
  private async listen(): Promise<void> {
    const url = (this.dataSource.options as PostgresConnectionOptions).url;
    const client = new Client({ connectionString: url, application_name: `relais-${this.options.service}-relay` });
    try {
      await client.connect();
      client.on('notification', () => {
        this.signalled = true;
        this.wake?.();
      });
      client.on('error', (error) => {
        this.logger.warn({ err: error }, 'outbox LISTEN connection lost; polling until it is back');
        this.listener = undefined;
        client.end().catch(() => undefined);
      });
      await client.query(`LISTEN "relais_outbox_${this.schema}"`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox LISTEN unavailable; polling');
      await client.end().catch(() => undefined);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

async function rollbackQuietly(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
}
