import { CloudEvent } from './envelope/cloud-event';
import { EventDefinition } from './event-definition';
import { isBusinessTopic, TOPIC_OWNERS } from './topics';

/**
 * Second line of defence behind the broker's ACLs: an event is believed only if it arrived on the
 * topic its type is published on, and claims to come from that topic's owner. Returns why not, or
 * undefined. `topic` is the logical business topic (namespace stripped, retries resolved).
 */
export function provenanceError(event: Pick<CloudEvent, 'type' | 'source'>, definition: EventDefinition, topic: string): string | undefined {
  if (!isBusinessTopic(topic)) return `provenance: ${topic} is not a business topic`;
  if (definition.topic !== topic) return `provenance: type ${event.type} belongs to topic ${definition.topic}, not ${topic}`;
  const expected = `/relais/${TOPIC_OWNERS[topic]}`;
  if (event.source !== expected) return `provenance: source ${String(event.source).slice(0, 100)} does not own topic ${topic} (expected ${expected})`;
  return undefined;
}
