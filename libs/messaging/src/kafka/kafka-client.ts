import { Kafka, logLevel, LogEntry } from 'kafkajs';
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
      const { message, ...extra } = entry.log;
      const level = entry.level <= logLevel.ERROR ? 'error' : 'warn';
      logger[level]({ kafka: { namespace: entry.namespace, ...extra } }, message);
    },
  });
}
