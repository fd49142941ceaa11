import { Kafka, KafkaJSConnectionError, KafkaJSProtocolError } from 'kafkajs';
import { isTransientKafkaError } from './transient-errors';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
}

const ATTEMPTS = 15;

/**
 * Creates missing topics and waits until the cluster serves them. Business topics keep their whole
 * history (retention -1) so read models can be rebuilt; auto-creation is off on the broker, so
 * this is the only way a topic comes to exist. Several services start together and race to create
 * the same topics, and a busy broker answers "unknown topic" for a moment after creating one:
 * both are retried rather than failing the start-up.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((t) => !existing.has(t.topic));
        if (missing.length) {
          await admin
            .createTopics({
              waitForLeaders: false,
              topics: missing.map((t) => ({ ...t, configEntries: [{ name: 'retention.ms', value: '-1' }] })),
            })
            .catch((error: unknown) => {
              if (!isAlreadyExists(error)) throw error;
            });
        }
        await admin.fetchTopicMetadata({ topics: topics.map((t) => t.topic) }).catch((error: unknown) => {
          // KafkaJS reads the metadata of a connection the broker has just closed as null and throws a
          // TypeError: the broker went away mid-request, which waiting mends.
          if (error instanceof TypeError) throw new KafkaJSConnectionError(`topic metadata lost while the broker went away (${error.message})`);
          throw error;
        });
        return;
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetriable(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * attempt)));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

function isAlreadyExists(error: unknown): boolean {
  if (error instanceof KafkaJSProtocolError) return error.type === 'TOPIC_ALREADY_EXISTS';
  const nested = (error as { errors?: unknown[] }).errors;
  return Array.isArray(nested) && nested.length > 0 && nested.every(isAlreadyExists);
}

function isRetriable(error: unknown): boolean {
  if (error instanceof KafkaJSProtocolError && error.type === 'UNKNOWN_TOPIC_OR_PARTITION') return true;
  const nested = (error as { errors?: unknown[] }).errors;
  return isTransientKafkaError(error) || (Array.isArray(nested) && nested.some(isRetriable));
}
