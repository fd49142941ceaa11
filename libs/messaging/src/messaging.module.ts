import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_CATALOGUE } from '@relais/contracts';
import { createLogger } from '@relais/observability';
import { TransactionHost } from '@relais/persistence';
import { Kafka } from 'kafkajs';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { KafkaEventTransport } from './consumer/kafka-event.transport';
import { serviceKafka } from './kafka/kafka-client';
import { KafkaNames } from './kafka/names';
import { ensureTopics } from './kafka/topics';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';

export const KAFKA = Symbol('KAFKA');
export const MESSAGING_LOGGER = Symbol('MESSAGING_LOGGER');

/** Creates the topics this service publishes to, then runs its outbox relay for the app's lifetime. */
@Injectable()
class RelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly names: KafkaNames,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.relay.enabled) return;
    const produced = [...new Set(EVENT_CATALOGUE.filter((d) => d.source === this.options.service).map((d) => d.topic))];
    await ensureTopics(
      this.kafka,
      produced.map((t) => ({
        topic: this.names.topic(t),
        numPartitions: this.options.topicPartitions,
        replicationFactor: this.options.replicationFactor,
      })),
    );
    await this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

export interface MessagingModuleOptions {
  options: () => MessagingOptions;
  logger?: () => Logger;
}

/**
 * Everything a service needs to publish and consume: the outbox, its relay, and the Kafka transport
 * to connect as a microservice (`app.connectMicroservice({ strategy: app.get(KafkaEventTransport) })`).
 */
@Global()
@Module({})
export class MessagingModule {
  static forService(config: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: config.options },
        {
          provide: MESSAGING_LOGGER,
          useFactory: (o: MessagingOptions) => config.logger?.() ?? createLogger(String(o.service)),
          inject: [MESSAGING_OPTIONS],
        },
        {
          provide: KAFKA,
          useFactory: (o: MessagingOptions, log: Logger) => serviceKafka(String(o.service), o.brokers, o.namespace, log),
          inject: [MESSAGING_OPTIONS, MESSAGING_LOGGER],
        },
        { provide: KafkaNames, useFactory: (o: MessagingOptions) => new KafkaNames(o), inject: [MESSAGING_OPTIONS] },
        Outbox,
        {
          provide: OutboxRelay,
          useFactory: (ds: DataSource, kafka: Kafka, names: KafkaNames, o: MessagingOptions, log: Logger) =>
            new OutboxRelay(ds, kafka, names, o, log),
          inject: [DataSource, KAFKA, KafkaNames, MESSAGING_OPTIONS, MESSAGING_LOGGER],
        },
        {
          provide: KafkaEventTransport,
          useFactory: (kafka: Kafka, names: KafkaNames, o: MessagingOptions, tx: TransactionHost, log: Logger) =>
            new KafkaEventTransport(kafka, names, o, tx, log),
          inject: [KAFKA, KafkaNames, MESSAGING_OPTIONS, TransactionHost, MESSAGING_LOGGER],
        },
        RelayLifecycle,
      ],
      exports: [MESSAGING_OPTIONS, MESSAGING_LOGGER, KAFKA, KafkaNames, Outbox, OutboxRelay, KafkaEventTransport],
    };
  }
}
