import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConnectionOptions } from 'node:tls';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Admin, Kafka, KafkaMessage, logLevel, ResourcePatternTypes, SASLOptions } from 'kafkajs';
import { readTopicTo, topicEnds } from '@relais/topic-reader';
import { kafkaBrokers } from './environment';

/** A topic and consumer-group prefix unique to one test file, so tests never read each other's events. */
export function testNamespace(): string {
  return `t${randomBytes(4).toString('hex')}.`;
}

/** Tests act as the super-user: they publish forged events and read every topic. */
export function testKafka(brokers: string[] = kafkaBrokers()): Kafka {
  return new Kafka({ clientId: 'relais-test', brokers, sasl: localCredentials(brokers, 'admin'), ssl: localTls(brokers), logLevel: logLevel.NOTHING, retry: { retries: 8 } });
}

/**
 * The SCRAM credentials of a principal of a local broker that `kafka.sh` started with
 * KAFKA_AUTH=scram (it keeps them per port in .relais/kafka/credentials/), or undefined when that
 * broker runs without authentication.
 */
export function localCredentials(brokers: string[], principal: string): SASLOptions | undefined {
  const file = localFile(brokers, `${principal}.password`);
  if (!file) return undefined;
  return { mechanism: 'scram-sha-512', username: principal, password: readFileSync(file, 'utf8').trim() };
}

/** The TLS options of a local broker started with KAFKA_AUTH=scram-tls (trust its own CA), else undefined. */
export function localTls(brokers: string[]): ConnectionOptions | undefined {
  const ca = localFile(brokers, 'ca.pem');
  return ca ? { rejectUnauthorized: true, ca: readFileSync(ca, 'utf8') } : undefined;
}

function localFile(brokers: string[], name: string): string | undefined {
  const port = /^127\.0\.0\.1:(\d+)$/.exec(brokers[0] ?? '')?.[1];
  if (!port) return undefined;
  const root = process.env.KAFKA_CREDENTIALS_DIR ?? join(__dirname, '../../../.relais/kafka/credentials');
  const file = join(root, port, name);
  return existsSync(file) ? file : undefined;
}

/** Everything currently on a topic, read with a throwaway group up to the end offsets seen at the start. */
export async function readTopic(kafka: Kafka, topic: string): Promise<KafkaMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    ends = topicEnds(await admin.fetchTopicOffsets(topic));
  } finally {
    await admin.disconnect();
  }
  if (!ends.size) return [];
  const messages: KafkaMessage[] = [];
  const consumer = kafka.consumer({ groupId: `relais-test-reader-${randomBytes(4).toString('hex')}` });
  await readTopicTo(consumer, topic, ends, (_partition, message) => messages.push(message));
  return messages;
}

/** Polls until the check passes or the time is up; the last failure explains what never happened. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Deletes every topic of a test namespace. Each test file makes its own dozen topics; left behind,
 * thousands of partitions would slow the shared broker for the next run.
 */
export async function deleteNamespaceTopics(kafka: Kafka, namespace: string, brokers: string[] = kafkaBrokers()): Promise<void> {
  if (!namespace) throw new Error('refusing to delete topics without a namespace');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(namespace));
    if (topics.length) await admin.deleteTopics({ topics, timeout: 30_000 }).catch(() => undefined);
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(namespace));
    if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
    if (localCredentials(brokers, 'admin')) await deleteNamespaceAcls(admin, namespace).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

/** The ACLs a local authenticated broker granted the services of a test namespace (see serviceKafka in @relais/messaging). */
async function deleteNamespaceAcls(admin: Admin, namespace: string): Promise<void> {
  const { resources } = await admin.describeAcls({
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  });
  const filters = resources
    .filter((r) => r.resourceName.startsWith(namespace))
    .map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, resourcePatternType: r.resourcePatternType, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY }));
  if (filters.length) await admin.deleteAcls({ filters });
}
