import { buildEvent, CloudEvent, CLOUDEVENTS_CONTENT_TYPE, EventDefinition, Headers, Topic, uuidv7 } from '@relais/contracts';
import { Kafka } from 'kafkajs';
import { readTopic } from './kafka';

/**
 * Puts an event on a (namespaced) business topic the way another service's relay would, so a
 * service test can feed its handlers without starting the producer service.
 */
export async function publishTestEvent<T extends object>(
  kafka: Kafka,
  namespace: string,
  definition: EventDefinition<T>,
  data: T,
  options: { id?: string; correlationId?: string } = {},
): Promise<CloudEvent<T>> {
  const event = buildEvent(definition, data, { id: options.id, correlationId: options.correlationId ?? uuidv7() });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic: `${namespace}${definition.topic}`,
      messages: [{ key: definition.keyOf(data), value: JSON.stringify(event), headers: { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE } }],
    });
  } finally {
    await producer.disconnect();
  }
  return event;
}

/** The CloudEvents on a namespaced business topic, optionally only those of one type. */
export async function readEvents<T extends object = object>(
  kafka: Kafka,
  namespace: string,
  topic: Topic,
  type?: string,
): Promise<CloudEvent<T>[]> {
  const messages = await readTopic(kafka, `${namespace}${topic}`);
  return messages
    .map((m) => JSON.parse(m.value?.toString('utf8') ?? 'null') as CloudEvent<T>)
    .filter((e) => e && (!type || e.type === type));
}
