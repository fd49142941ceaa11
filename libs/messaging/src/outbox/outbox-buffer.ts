import { EntityManager, QueryRunner } from 'typeorm';

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
 * The outbox rows a consumer run has emitted but not yet written, per transaction. A run of N
 * events would otherwise send N (or more) single-row inserts; buffered, they go as one multi-row
 * insert just before the run commits, in the order they were emitted (the relay publishes a
 * key's rows in id order, and a multi-row VALUES list takes its ids in list order).
 *
 * Only the consumer opens a buffer: a request's transaction writes its rows at once, as before.
 */
const buffers = new WeakMap<QueryRunner, OutboxRow[]>();

export function openOutboxBuffer(runner: QueryRunner): void {
  buffers.set(runner, []);
}

/** The open buffer of the transaction this manager works in, if its consumer opened one. */
export function outboxBufferOf(manager: EntityManager): OutboxRow[] | undefined {
  return manager.queryRunner ? buffers.get(manager.queryRunner) : undefined;
}

/**
 * Ends buffering for this runner: an emit that still arrives (a handler that did not await it)
 * is then written at once, or refused outside the transaction, never pushed where no flush follows.
 */
export function closeOutboxBuffer(runner: QueryRunner): void {
  buffers.delete(runner);
}

/** Forgets what was buffered since the last flush: the writes that emitted it were rolled back. */
export function discardOutboxBuffer(runner: QueryRunner): void {
  if (buffers.has(runner)) buffers.set(runner, []);
}

/** Writes what was buffered, in one statement, inside the run's transaction. */
export async function flushOutboxBuffer(runner: QueryRunner): Promise<void> {
  const rows = buffers.get(runner);
  if (!rows?.length) return;
  buffers.set(runner, []);
  await insertOutboxRows(runner.manager, rows);
}

const COLUMNS = 7;
/** Postgres takes at most 65,535 parameters per statement. */
const ROWS_PER_STATEMENT = 5000;

export async function insertOutboxRows(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((_, i) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`);
    await manager.query(
      `INSERT INTO outbox (event_id, event_type, topic, message_key, payload, traceparent, tracestate) VALUES ${values.join(', ')}`,
      chunk.flatMap((r) => [r.eventId, r.eventType, r.topic, r.messageKey, r.payload, r.traceparent, r.tracestate]),
    );
  }
}
