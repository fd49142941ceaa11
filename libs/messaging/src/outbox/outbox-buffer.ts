import { RunBuffer } from '@relais/persistence';
import { EntityManager } from 'typeorm';

export interface OutboxRow {
  eventId: string;
  eventType: string;
  topic: string;
  messageKey: string;
  payload: string;
  traceparent: string | null;
  tracestate: string | null;
}

/**
 * The outbox rows of a consumer run, buffered and written as one multi-row insert just before
 * the run commits, in the order they were emitted (the relay publishes a key's rows in id order).
 * A request's transaction writes its rows at once, as before (see RunBuffer in @relais/persistence).
 */
export const outboxBuffer = new RunBuffer<OutboxRow>(insertOutboxRows);

const COLUMNS = 7;
/** Postgres takes at most 65,535 parameters per statement. */
const ROWS_PER_STATEMENT = 5000;

async function insertOutboxRows(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((_, i) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`);
    await manager.query(
      `INSERT INTO outbox (event_id, event_type, topic, message_key, payload, traceparent, tracestate) VALUES ${values.join(', ')}`,
      chunk.flatMap((r) => [r.eventId, r.eventType, r.topic, r.messageKey, r.payload, r.traceparent, r.tracestate]),
    );
  }
}
