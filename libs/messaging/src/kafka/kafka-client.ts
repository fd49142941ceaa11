import { Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { Logger } from 'pino';

/** A kafkajs client whose own logs go through pino, at warning level and above. */
export function createKafka(clientId: string, brokers: string[], logger?: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 5000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, retries: 10, maxRetryTime: 10_000 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      if (!logger) return;
      // kafkajs reports rebalances and coordinator moves as errors and retries them itself; what
      // really fails surfaces as a consumer CRASH or a rejected send, logged as errors by Relais.
      const { message, ...extra } = entry.log;
      logger.warn({ kafka: { namespace: entry.namespace, ...extra } }, message);
    },
  });
}

/**
 * Every Relais producer: idempotent, one request in flight (so retries cannot reorder a key's
 * events), the Java client's partitioner (so a key lands on the same partition whichever service
 * or tool produces it), and retries without limit: a send waits out a broker restart rather than
 * fail half-done. Shutdown does not wait for it forever (see OutboxRelay.stop).
 */
export function idempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5000 },
  });
}
