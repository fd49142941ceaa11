import { ServiceName } from '@relais/contracts';

export interface MessagingOptions {
  service: ServiceName | string;
  brokers: string[];
  /** Prepended to every topic and consumer group: isolates tests or tenants on one cluster. */
  namespace: string;
  topicPartitions: number;
  replicationFactor: number;
  /** Attempts before an event goes to the dead-letter topic (the first try counts). */
  maxAttempts: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  relay: {
    enabled: boolean;
    batchSize: number;
    pollIntervalMs: number;
    /** Published rows older than this are deleted. */
    retentionMs: number;
    /** After a wake-up, wait this long so rows committed together go out in one batch. */
    lingerMs: number;
  };
  consumer: {
    enabled: boolean;
    /** Events handled in one database transaction (each in its own savepoint). */
    transactionBatchSize: number;
    sessionTimeoutMs: number;
  };
  /** Test seams that simulate a crash at the two moments the guarantees are about. */
  hooks?: MessagingHooks;
}

export interface MessagingHooks {
  /** After Kafka acknowledged a relay batch, before the rows are marked published. */
  afterPublish?: (eventIds: string[]) => Promise<void> | void;
  /** After the handlers' transaction committed, before the Kafka offsets are committed. */
  beforeOffsetCommit?: (eventIds: string[]) => Promise<void> | void;
}

export const DEFAULT_MESSAGING_OPTIONS: Omit<MessagingOptions, 'service' | 'brokers'> = {
  namespace: '',
  topicPartitions: 3,
  replicationFactor: 1,
  maxAttempts: 5,
  retryBaseDelayMs: 1000,
  retryMaxDelayMs: 5 * 60_000,
  relay: { enabled: true, batchSize: 500, pollIntervalMs: 1000, retentionMs: 7 * 24 * 3600_000, lingerMs: 5 },
  consumer: { enabled: true, transactionBatchSize: 100, sessionTimeoutMs: 30_000 },
};

export function messagingOptions(
  overrides: Partial<MessagingOptions> & Pick<MessagingOptions, 'service' | 'brokers'>,
): MessagingOptions {
  return {
    ...DEFAULT_MESSAGING_OPTIONS,
    ...overrides,
    relay: { ...DEFAULT_MESSAGING_OPTIONS.relay, ...overrides.relay },
    consumer: { ...DEFAULT_MESSAGING_OPTIONS.consumer, ...overrides.consumer },
  };
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
