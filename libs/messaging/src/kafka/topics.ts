import { Kafka, KafkaJSProtocolError } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
}

/**
 * Creates missing topics. Business topics keep their whole history (retention -1) so read models
 * can be rebuilt from the beginning; auto-creation is off on the broker, so this is the only way
 * a topic comes to exist. Several services may race to create the same topic: that is fine.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.topic));
    if (!missing.length) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({ ...t, configEntries: [{ name: 'retention.ms', value: '-1' }] })),
      });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
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
