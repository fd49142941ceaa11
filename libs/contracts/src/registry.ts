import { EventDefinition } from './event-definition';
import { INTAKE_EVENTS } from './intake';
import { NOTIFICATIONS_EVENTS } from './notifications';
import { PROSECUTION_EVENTS } from './prosecution';
import { REFERRAL_EVENTS } from './referral';
import { TOPIC_OWNERS } from './topics';

/** Every event type and version Relais publishes. Each service's folder contributes its own list. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  ...INTAKE_EVENTS,
  ...REFERRAL_EVENTS,
  ...PROSECUTION_EVENTS,
  ...NOTIFICATIONS_EVENTS,
] as unknown as readonly EventDefinition[];

const byType = new Map(EVENT_CATALOGUE.map((d) => [d.type, d]));
if (byType.size !== EVENT_CATALOGUE.length) throw new Error('Duplicate event type in the catalogue');
// A type published on a topic its service does not own would be dead-lettered by every consumer.
for (const d of EVENT_CATALOGUE) {
  if (TOPIC_OWNERS[d.topic] !== d.source) throw new Error(`${d.type}: ${d.source} does not own topic ${d.topic}`);
}

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
