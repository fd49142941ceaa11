import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { findEventDefinition, Headers } from '@relais/contracts';
import { meter } from '@relais/observability';
import { TransactionHost } from '@relais/persistence';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { Logger } from 'pino';
import { ensureTopics } from '../kafka/topics';
import { KafkaNames } from '../kafka/names';
import { MessagingOptions } from '../messaging.options';
import { headerString } from '../tracing';
import { BatchProcessor } from './batch-processor';
import { FailureRouter } from './failure-router';

type TransportEvents = Record<string, never>;

/**
 * A Nest transport on kafkajs for `@EventPattern('<type>')` handlers. Two consumers share the
 * service's inbox key: the main one reads the business topics, the other the group's retry topic,
 * whose messages wait (partition paused) until they are due. Offsets are committed by hand, only
 * after the database transaction of the events they cover has committed.
 */
type ConsumerRole = 'main' | 'retrier';

export class KafkaEventTransport extends Server<TransportEvents> implements CustomTransportStrategy {
  private main?: Consumer;
  private retrier?: Consumer;
  private readonly router: FailureRouter;
  private readonly processor: BatchProcessor;
  private readonly lag = new Map<string, number>();
  private readonly resumeTimers = new Set<NodeJS.Timeout>();
  private readonly inGroup = new Set<ConsumerRole>();
  private stopping = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    private readonly options: MessagingOptions,
    transactions: TransactionHost,
    private readonly log: Logger,
  ) {
    super();
    this.router = new FailureRouter(kafka, names, options);
    this.processor = new BatchProcessor({
      transactions,
      group: names.group,
      handlerFor: (type) => this.getHandlerByPattern(type),
      originTopic: (topic, message) => names.originTopic(topic, message.headers),
      toObservable: (value) => this.transformToObservable(value),
      logger: log,
    });
    meter()
      .createObservableGauge('relais_consumer_lag', { description: 'Messages behind the partition end, summed' })
      .addCallback((r) => r.observe([...this.lag.values()].reduce((a, b) => a + b, 0), { group: names.group }));
  }

  /** True while both consumers are in their groups, or when there is nothing to consume (readiness). */
  get ready(): boolean {
    return this.inGroup.size === 2 || !this.options.consumer.enabled || this.getHandlers().size === 0;
  }

  /** The business topics this service's handlers need, from the event catalogue. */
  subscribedTopics(): string[] {
    const topics = new Set<string>();
    for (const pattern of this.getHandlers().keys()) {
      const definition = findEventDefinition(pattern);
      if (!definition) throw new Error(`@EventPattern('${pattern}') names no event type in @relais/contracts`);
      topics.add(this.names.topic(definition.topic));
    }
    return [...topics];
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      if (this.options.consumer.enabled && this.getHandlers().size) await this.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  private async start(): Promise<void> {
    const topics = this.subscribedTopics();
    const spec = (topic: string) => ({ topic, numPartitions: this.options.topicPartitions, replicationFactor: this.options.replicationFactor });
    await ensureTopics(this.kafka, [...topics, this.names.retryTopic, this.names.deadLetterTopic].map(spec));
    await this.router.connect();

    await this.startConsumer('main', topics);
    await this.startConsumer('retrier', [this.names.retryTopic]);
    this.log.info({ group: this.names.group, topics }, 'event consumers started');
  }

  /** Creates, connects and runs one of the two consumers; a crash KafkaJS gives up on restarts it. */
  private async startConsumer(role: ConsumerRole, topics: string[]): Promise<void> {
    const delayed = role === 'retrier';
    const consumer = this.consumer(delayed ? this.names.retryGroup : this.names.group);
    if (delayed) this.retrier = consumer;
    else this.main = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => this.inGroup.add(role));
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => this.lag.set(`${payload.topic}:${payload.partition}`, Number(payload.offsetLag)));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.inGroup.delete(role);
      this.log.error({ err: payload.error, restart: payload.restart, role }, 'kafka consumer crashed');
      if (!payload.restart && !this.stopping) this.restartLater(role, topics, consumer, 0);
    });
    const concurrency = Math.max(1, this.options.topicPartitions);
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: concurrency,
      eachBatch: (payload) => this.onBatch(consumer, payload, delayed),
    });
  }

  /**
   * KafkaJS restarts a consumer after a retriable failure only. A non-retriable one (seen while an
   * authenticated broker restarts) leaves it stopped for good, and the service would silently stop
   * consuming: so it is replaced by a new consumer in the same group, with backoff, until one runs.
   * Offsets are committed only after the transaction, so nothing is lost or applied twice.
   */
  private restartLater(role: ConsumerRole, topics: string[], crashed: Consumer, attempt: number): void {
    const timer = setTimeout(async () => {
      this.resumeTimers.delete(timer);
      if (this.stopping) return;
      await crashed.disconnect().catch(() => undefined);
      try {
        await this.startConsumer(role, topics);
        this.log.warn({ role, attempt }, 'kafka consumer restarted after a crash');
      } catch (error) {
        this.log.error({ err: error, role, attempt }, 'kafka consumer could not restart; trying again');
        this.restartLater(role, topics, (role === 'retrier' ? this.retrier : this.main) ?? crashed, attempt + 1);
      }
    }, Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)));
    this.resumeTimers.add(timer);
  }

  private consumer(groupId: string): Consumer {
    return this.kafka.consumer({
      groupId,
      sessionTimeout: this.options.consumer.sessionTimeoutMs,
      heartbeatInterval: 3000,
      // Short fetch waits let shutdown finish quickly; data still arrives as soon as it exists.
      maxWaitTimeInMs: 1000,
      allowAutoTopicCreation: false,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
  }

  private async onBatch(consumer: Consumer, payload: EachBatchPayload, delayed: boolean): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, pause } = payload;
    let pending: KafkaMessage[] = [];
    for (const message of batch.messages) {
      // Stopping or rebalanced away: leave the rest unprocessed; it is fetched again by whoever owns it.
      if (!isRunning() || isStale()) return;
      if (delayed) {
        const notBefore = Number(headerString(message.headers, Headers.NotBefore) ?? 0);
        const wait = notBefore - Date.now();
        if (wait > 0) {
          // Handle what is due, then sleep this partition until the next one is. Unresolved
          // messages are fetched again on resume, so nothing is skipped.
          await this.flush(consumer, batch.topic, batch.partition, pending, resolveOffset);
          pending = [];
          const resume = pause();
          const timer = setTimeout(() => {
            this.resumeTimers.delete(timer);
            resume();
          }, wait);
          this.resumeTimers.add(timer);
          return;
        }
      }
      pending.push(message);
      if (pending.length >= this.options.consumer.transactionBatchSize) {
        await this.flush(consumer, batch.topic, batch.partition, pending, resolveOffset);
        pending = [];
        await heartbeat();
      }
    }
    await this.flush(consumer, batch.topic, batch.partition, pending, resolveOffset);
  }

  private async flush(
    consumer: Consumer,
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    resolveOffset: (offset: string) => void,
  ): Promise<void> {
    if (!messages.length) return;
    const result = await this.processor.process(topic, partition, messages);
    await this.router.route(result.failures);
    await this.options.hooks?.beforeOffsetCommit?.(result.handledEventIds);
    const last = messages[messages.length - 1].offset;
    for (const m of messages) resolveOffset(m.offset);
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(last) + 1n).toString() }]);
  }

  /** Stop fetching, let in-flight batches finish and commit, then disconnect. */
  async close(): Promise<void> {
    this.stopping = true;
    for (const timer of this.resumeTimers) clearTimeout(timer);
    this.resumeTimers.clear();
    await Promise.all([this.main?.disconnect(), this.retrier?.disconnect()].map((p) => p?.catch(() => undefined)));
    await this.router.disconnect();
    this.inGroup.clear();
  }

  on(): never {
    throw new Error('KafkaEventTransport does not expose transport events');
  }

  unwrap<T>(): T {
    return { main: this.main, retrier: this.retrier } as T;
  }
}
