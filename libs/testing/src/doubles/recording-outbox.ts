import { buildEvent, CloudEvent, EventDefinition, validateEvent } from '@relais/contracts';
import { EmitOptions, InvalidEventError, Outbox } from '@relais/messaging';
import { EntityManager } from 'typeorm';

export interface RecordedEvent<T extends object = Record<string, unknown>> {
  type: string;
  data: T;
  /** As the use case passed them (undefined when it passed none). */
  options?: EmitOptions;
}

/**
 * The outbox for tests that run without Kafka: each event is built and checked against its
 * contract exactly as the real outbox checks it (the same validateEvent, 'produce' side) and then
 * recorded, so a spec fails on an event the broker would never have seen. `emit` is a jest.fn
 * so specs may also assert on its calls.
 */
export class RecordingOutbox {
  readonly events: RecordedEvent[] = [];
  /** The envelopes as built and validated, in the same order as `events`. */
  readonly envelopes: CloudEvent[] = [];

  readonly emit = jest.fn(async <T extends object>(_manager: EntityManager, definition: EventDefinition<T>, data: T, options?: EmitOptions): Promise<CloudEvent<T>> => {
    const event = buildEvent(definition, data, { correlationId: options?.correlationId ?? 'test-correlation', causationId: options?.causationId });
    const checked = validateEvent(event, 'produce');
    if (checked.kind !== 'valid') throw new InvalidEventError(event.type, checked.kind === 'invalid' ? checked.reason : 'type is not in the catalogue');
    this.events.push({ type: definition.type, data: data as Record<string, unknown>, ...(options === undefined ? {} : { options }) });
    this.envelopes.push(event as unknown as CloudEvent);
    return event;
  });

  /** As a use case's constructor wants it. */
  get outbox(): Outbox {
    return this as unknown as Outbox;
  }

  /** The data of the recorded events of one type, in emission order. */
  ofType<T = Record<string, unknown>>(type: string): T[] {
    return this.events.filter((e) => e.type === type).map((e) => e.data as T);
  }
}
