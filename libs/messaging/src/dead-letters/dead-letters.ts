import { randomBytes } from 'node:crypto';
import { Headers } from '@relais/contracts';
import { readTopicTo, topicEnds } from '@relais/topic-reader';
import { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { idempotentProducer } from '../kafka/kafka-client';
import { headerString } from '../tracing';

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  eventId?: string;
  eventType?: string;
  attempt?: string;
  error?: string;
  failedAt?: string;
  originalTopic?: string;
  message: KafkaMessage;
}

/** Reads a dead-letter topic from its beginning to the end offsets seen when the read starts. */
export async function readDeadLetters(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `relais.dlq-reader.${randomBytes(4).toString('hex')}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    const ends = topicEnds(await admin.fetchTopicOffsets(topic));
    if (!ends.size) return [];
    const letters: DeadLetter[] = [];
    await readTopicTo(kafka.consumer({ groupId, maxWaitTimeInMs: 500 }), topic, ends, (partition, message) => letters.push(describe(partition, message)));
    return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/**
 * Sends dead letters back through the group's retry topic, due now, with a fresh attempt count.
 * Only that group handles them again; the inbox makes replaying an event that was meanwhile
 * handled harmless.
 */
export async function replayDeadLetters(kafka: Kafka, retryTopic: string, letters: DeadLetter[]): Promise<number> {
  if (!letters.length) return 0;
  const producer = idempotentProducer(kafka);
  await producer.connect();
  try {
    await producer.send({
      topic: retryTopic,
      acks: -1,
      messages: letters.map((l) => ({
        key: l.message.key,
        value: l.message.value,
        headers: replayHeaders(l.message.headers),
      })),
    });
  } finally {
    await producer.disconnect();
  }
  return letters.length;
}

function replayHeaders(headers: IHeaders | undefined): IHeaders {
  const copy: IHeaders = { ...headers };
  delete copy[Headers.Error];
  delete copy[Headers.FailedAt];
  return { ...copy, [Headers.Attempt]: '1', [Headers.NotBefore]: String(Date.now()) };
}

function describe(partition: number, message: KafkaMessage): DeadLetter {
  let eventId: string | undefined;
  let eventType: string | undefined;
  try {
    const body = JSON.parse(message.value?.toString('utf8') ?? '');
    eventId = typeof body?.id === 'string' ? body.id : undefined;
    eventType = typeof body?.type === 'string' ? body.type : undefined;
  } catch {
    // A poison message is often not JSON at all: list it anyway, by offset.
  }
  return {
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    eventId,
    eventType,
    attempt: headerString(message.headers, Headers.Attempt),
    error: headerString(message.headers, Headers.Error),
    failedAt: headerString(message.headers, Headers.FailedAt),
    originalTopic: headerString(message.headers, Headers.OriginalTopic),
    message,
  };
}
