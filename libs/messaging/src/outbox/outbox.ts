import { Injectable } from '@nestjs/common';
import { buildEvent, CloudEvent, EventDefinition, uuidv7, validateEvent } from '@relais/contracts';
import { currentContext } from '@relais/observability';
import { isInTransaction } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { InvalidEventError, OutboxOutsideTransactionError } from '../errors';
import { captureTraceContext } from '../tracing';
import { outboxBuffer, OutboxRow } from './outbox-buffer';

export interface EmitOptions {
  correlationId?: string;
  causationId?: string;
}

/**
 * The only way a service publishes: the event is validated against its contract and written to
 * the outbox in the caller's transaction, so it exists if and only if the state change does.
 * Inside a consumer run the row is buffered and written with the run's other rows in one insert
 * before the run commits (outbox-buffer.ts, RunBuffer); elsewhere it is written at once.
 */
@Injectable()
export class Outbox {
  async add<T extends object>(manager: EntityManager, event: CloudEvent<T>): Promise<void> {
    if (!isInTransaction(manager)) throw new OutboxOutsideTransactionError(event.type);
    const checked = validateEvent(event, 'produce');
    if (checked.kind !== 'valid') {
      throw new InvalidEventError(event.type, checked.kind === 'invalid' ? checked.reason : 'type is not in the catalogue');
    }
    const { definition } = checked;
    const trace = captureTraceContext();
    const row: OutboxRow = {
      eventId: event.id,
      eventType: event.type,
      topic: definition.topic,
      messageKey: definition.keyOf(checked.event.data),
      payload: JSON.stringify(event),
      traceparent: trace.traceparent ?? null,
      tracestate: trace.tracestate ?? null,
    };
    await outboxBuffer.add(manager, row);
  }

  /** Builds the event (ids from the current request or event context) and adds it. */
  async emit<T extends object>(
    manager: EntityManager,
    definition: EventDefinition<T>,
    data: T,
    options: EmitOptions = {},
  ): Promise<CloudEvent<T>> {
    const ctx = currentContext();
    const event = buildEvent(definition, data, {
      correlationId: options.correlationId ?? ctx?.correlationId ?? uuidv7(),
      causationId: options.causationId ?? ctx?.causationId,
    });
    await this.add(manager, event);
    return event;
  }
}
