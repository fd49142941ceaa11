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
export class KafkaEventTransport extends Server<TransportEvents> implements CustomTransportStrategy {
  private main?: Consumer;
  private retrier?: Consumer;
  private readonly router: FailureRouter;
  private readonly processor: BatchProcessor;
  private readonly lag = new Map<string, number>();
  private readonly resumeTimers = new Set<NodeJS.Timeout>();
  private joined = false;

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

  /** True once both consumers have joined their groups, or when there is nothing to consume (readiness). */
  get ready(): boolean {
    return this.joined || !this.options.consumer.enabled || this.getHandlers().size === 0;
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

    const main = (this.main = this.consumer(this.names.group));
    const retrier = (this.retrier = this.consumer(this.names.retryGroup));
    let groupsJoined = 0;
    for (const consumer of [main, retrier]) {
      consumer.on(consumer.events.GROUP_JOIN, () => {
        groupsJoined += 1;
        if (groupsJoined >= 2) this.joined = true;
      });
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) =>
        this.lag.set(`${payload.topic}:${payload.partition}`, Number(payload.offsetLag)),
      );
      consumer.on(consumer.events.CRASH, ({ payload }) =>
        this.log.error({ err: payload.error, restart: payload.restart }, 'kafka consumer crashed'),
      );
    }
    await main.connect();
    await main.subscribe({ topics, fromBeginning: true });
    await retrier.connect();
    await retrier.subscribe({ topics: [this.names.retryTopic], fromBeginning: true });
    const concurrency = Math.max(1, this.options.topicPartitions);
    await main.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: concurrency,
      eachBatch: (payload) => this.onBatch(main, payload, false),
    });
    await retrier.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: concurrency,
      eachBatch: (payload) => this.onBatch(retrier, payload, true),
    });
    this.log.info({ group: this.names.group, topics }, 'event consumers started');
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
    for (const timer of this.resumeTimers) clearTimeout(timer);
    this.resumeTimers.clear();
    await Promise.all([this.main?.disconnect(), this.retrier?.disconnect()].map((p) => p?.catch(() => undefined)));
    await this.router.disconnect();
    this.joined = false;
  }

  on(): never {
    throw new Error('KafkaEventTransport does not expose transport events');
  }

  unwrap<T>(): T {
    return { main: this.main, retrier: this.retrier } as T;
  }
}
