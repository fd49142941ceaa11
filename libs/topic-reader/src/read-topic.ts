import { Consumer, KafkaMessage } from 'kafkajs';

/**
 * Where a read of a whole topic stops: per partition that holds anything, its end offset (the
 * next offset to be written) as the broker reports it when the read starts, so the read ends even
 * while producers keep writing. Takes what `admin.fetchTopicOffsets` answers.
 */
export function topicEnds(offsets: readonly { partition: number; high: string; low: string }[]): Map<number, bigint> {
  return new Map(offsets.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => [o.partition, BigInt(o.high)]));
}

/**
 * Reads `topic` from its beginning with `consumer` (a throwaway group of the caller's, not yet
 * connected) until every partition of `ends` is read to its end, hands each message to
 * `onMessage` as it arrives, and disconnects. Offsets are not committed: the group is only a
 * means to read. Fails with the topic's name when the ends are not reached within `timeoutMs`.
 * Shared by the dead-letter tooling (@relais/messaging) and the tests (@relais/test-infra), which
 * may not depend on each other.
 */
export async function readTopicTo(
  consumer: Consumer,
  topic: string,
  ends: ReadonlyMap<number, bigint>,
  onMessage: (partition: number, message: KafkaMessage) => void,
  timeoutMs = 60_000,
): Promise<void> {
  const remaining = new Map(ends);
  if (!remaining.size) return;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            onMessage(partition, message);
            if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (!remaining.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}
