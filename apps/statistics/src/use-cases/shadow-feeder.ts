import { decodeEvent } from '@relais/contracts';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { REBUILD_SCHEMA } from '../persistence/read-model';
import { ApplyEvent } from './apply-event';

export interface FeedCounts {
  applied: number;
  /** Types statistics does not project (consumers ignore types they do not know). */
  skipped: number;
  /** Events that fail their contract: the live consumer dead-letters them, the replay leaves them out too. */
  invalid: number;
}

/** Offsets to reach, per `topic:partition`: the high watermark, i.e. one past the last message. */
export type Ends = Map<string, bigint>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads every projected topic from the beginning with a consumer group of its own and applies
 * each event to the shadow read model, one database transaction per batch. It can be paused (and
 * waits for the batch in flight) so that the shadow tables can be moved while nothing writes them.
 */
export class ShadowFeeder {
  readonly counts: FeedCounts = { applied: 0, skipped: 0, invalid: 0 };
  private readonly reached = new Map<string, bigint>();
  private consumer?: Consumer;
  private gate?: Promise<void>;
  private openGate?: () => void;
  private inFlight = 0;
  private failure?: unknown;

  constructor(
    private readonly kafka: Kafka,
    readonly group: string,
    private readonly topics: string[],
    private readonly dataSource: DataSource,
    private readonly apply: ApplyEvent,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const consumer = (this.consumer = this.kafka.consumer({ groupId: this.group, sessionTimeout: 60_000, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 }));
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.onBatch(payload) });
  }

  private async onBatch({ batch, heartbeat, isRunning, isStale, resolveOffset }: EachBatchPayload): Promise<void> {
    if (this.gate) await this.gate;
    if (!isRunning() || isStale() || this.failure || !batch.messages.length) return;
    this.inFlight += 1;
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const message of batch.messages) {
          const decoded = decodeEvent(message.value);
          if (decoded.kind === 'invalid') this.counts.invalid += 1;
          else if (decoded.kind === 'unknown-type' || !(await this.apply.execute(decoded.event, manager, REBUILD_SCHEMA))) this.counts.skipped += 1;
          else this.counts.applied += 1;
        }
      });
      // Resolved, not committed: the group is thrown away, but the consumer must fetch on from here.
      resolveOffset(batch.lastOffset());
      this.reached.set(`${batch.topic}:${batch.partition}`, BigInt(batch.lastOffset()) + 1n);
      await heartbeat();
    } catch (error) {
      this.failure = error;
      this.logger.error({ err: error, topic: batch.topic, partition: batch.partition }, 'rebuild: applying a batch failed');
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Resolves once every partition has been applied up to `ends`. */
  async reach(ends: Ends, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.failure) throw this.failure;
      const behind = [...ends].filter(([key, end]) => (this.reached.get(key) ?? 0n) < end);
      if (!behind.length) return;
      if (Date.now() > deadline) throw new Error(`rebuild: still behind on ${behind.map(([k]) => k).join(', ')} after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** Stops applying after the batch in flight; nothing writes the shadow tables until `resume`. */
  async pause(): Promise<void> {
    this.gate ??= new Promise((resolve) => (this.openGate = resolve));
    while (this.inFlight > 0) await sleep(20);
  }

  resume(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  async stop(): Promise<void> {
    this.resume();
    await this.consumer?.disconnect();
  }
}
