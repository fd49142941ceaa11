import { Headers } from '@relais/contracts';
import { meter } from '@relais/observability';
import { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { KafkaNames } from '../kafka/names';
import { idempotentProducer } from '../kafka/kafka-client';
import { MessagingOptions } from '../messaging.options';
import { routeFailure } from './retry-policy';

export interface Failure {
  message: KafkaMessage;
  sourceTopic: string;
  attempt: number;
  error: string;
  /** Invalid events skip the retries: trying again cannot make them valid. */
  poison: boolean;
}

/** Sends failed events on: to the group's retry topic with a delay, or to its dead-letter topic. */
export class FailureRouter {
  private producer?: Producer;
  private readonly retried = meter().createCounter('relais_messaging_retried_total');
  private readonly deadLettered = meter().createCounter('relais_messaging_dead_lettered_total');

  constructor(
    private readonly kafka: Kafka,
    private readonly names: KafkaNames,
    private readonly options: MessagingOptions,
  ) {}

  async connect(): Promise<void> {
    this.producer = idempotentProducer(this.kafka);
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }

  async route(failures: Failure[]): Promise<void> {
    if (!failures.length) return;
    const retry: { key: Buffer | null; value: Buffer | null; headers: IHeaders }[] = [];
    const dead: typeof retry = [];
    const now = Date.now();
    for (const failure of failures) {
      const route = failure.poison
        ? ({ to: 'dead-letter', attempt: failure.attempt } as const)
        : routeFailure(failure.attempt, {
            maxAttempts: this.options.maxAttempts,
            baseDelayMs: this.options.retryBaseDelayMs,
            maxDelayMs: this.options.retryMaxDelayMs,
          }, now);
      const headers: IHeaders = {
        ...failure.message.headers,
        [Headers.OriginalTopic]: this.names.originTopic(failure.sourceTopic, failure.message.headers),
        [Headers.Attempt]: String(route.attempt),
        [Headers.Error]: failure.error.slice(0, 2000),
        [Headers.FailedAt]: new Date(now).toISOString(),
      };
      const message = { key: failure.message.key, value: failure.message.value, headers };
      if (route.to === 'retry') {
        retry.push({ ...message, headers: { ...headers, [Headers.NotBefore]: String(route.notBefore) } });
      } else {
        dead.push(message);
      }
    }
    const topicMessages = [
      ...(retry.length ? [{ topic: this.names.retryTopic, messages: retry }] : []),
      ...(dead.length ? [{ topic: this.names.deadLetterTopic, messages: dead }] : []),
    ];
    if (!this.producer) throw new Error('FailureRouter used before connect()');
    await this.producer.sendBatch({ acks: -1, topicMessages });
    if (retry.length) this.retried.add(retry.length, { group: this.names.group });
    if (dead.length) this.deadLettered.add(dead.length, { group: this.names.group });
  }
}
