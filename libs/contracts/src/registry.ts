import { EventDefinition } from './event-definition';
import { INTAKE_EVENTS } from './intake';
import { NOTIFICATIONS_EVENTS } from './notifications';
import { PROSECUTION_EVENTS } from './prosecution';
import { REFERRAL_EVENTS } from './referral';

/** Every event type and version Relais publishes. Each service's folder contributes its own list. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  ...INTAKE_EVENTS,
  ...REFERRAL_EVENTS,
  ...PROSECUTION_EVENTS,
  ...NOTIFICATIONS_EVENTS,
] as unknown as readonly EventDefinition[];

const byType = new Map(EVENT_CATALOGUE.map((d) => [d.type, d]));
if (byType.size !== EVENT_CATALOGUE.length) throw new Error('Duplicate event type in the catalogue');

export function findEventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}
