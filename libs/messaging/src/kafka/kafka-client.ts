import { Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { Logger } from 'pino';
import { ServiceName, SERVICES } from '@relais/contracts';
import { createAcls, serviceAcls } from './acls';
import { kafkaSecurity, KafkaSecurity } from './security';

/**
 * A kafkajs client whose own logs go through pino, at warning level and above. By default it
 * authenticates with the environment's credentials, else as a local broker's super-user (tools:
 * the DLQ reader, the ACL set-up); see kafkaSecurity. Production always gives credentials.
 */
export function createKafka(clientId: string, brokers: string[], logger?: Logger, security: KafkaSecurity = kafkaSecurity('admin', brokers)): Kafka {
  return new Kafka({
    clientId,
    brokers,
    sasl: security.sasl,
    ssl: security.ssl,
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
 * A service's client, authenticated as the service's own principal. On a local broker with
 * authentication, a service under a topic namespace (each test file has one) first has the local
 * super-user grant its principal the production ACLs with the namespace applied: Kafka's ACL
 * patterns cannot match a prefix put in front of a name, and this keeps tests on the very rules
 * production enforces. Never with credentials from the environment, i.e. never in production.
 */
export async function serviceKafka(service: string, brokers: string[], namespace: string, logger?: Logger): Promise<Kafka> {
  const security = kafkaSecurity(service, brokers);
  if (security.source === 'local' && namespace && isService(service)) {
    const admin = createKafka(`relais-${service}-acls`, brokers, logger).admin();
    await admin.connect();
    try {
      await createAcls(admin, serviceAcls(service, namespace));
    } finally {
      await admin.disconnect();
    }
  }
  return createKafka(`relais-${service}`, brokers, logger, security);
}

function isService(name: string): name is ServiceName {
  return (SERVICES as readonly string[]).includes(name);
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
