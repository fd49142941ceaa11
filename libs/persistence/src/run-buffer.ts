import { EntityManager, QueryRunner } from 'typeorm';

/**
 * Rows a consumer run has produced but not yet written, per transaction. A run of N events would
 * otherwise send one single-row insert per outbox event, audit record...; buffered, each kind goes
 * as one multi-row insert just before the run commits, in the order its rows were added (a
 * multi-row VALUES list takes its ids in list order, which the outbox relay and the audit sealer
 * both rely on).
 *
 * The consumer opens a run on its transaction's runner, flushes it before commit (or inside an
 * event's savepoint), discards it when it rolls back to a savepoint and closes it at the end. A
 * writer never needs to know: `RunBuffer.add` buffers inside an open run and writes at once
 * anywhere else (a request's transaction, or a run already closed), so nothing is ever dropped.
 * The buffers live here, below both the messaging and the auth libraries, so one mechanism serves
 * every kind of row.
 */
const runs = new WeakMap<QueryRunner, Map<RunBuffer<unknown>, unknown[]>>();

export class RunBuffer<T> {
  /** `write` inserts the rows, in order, in as few statements as it can. */
  constructor(readonly write: (manager: EntityManager, rows: T[]) => Promise<void>) {}

  /** Buffers the row if the manager works in an open run, otherwise writes it at once. */
  async add(manager: EntityManager, row: T): Promise<void> {
    const run = manager.queryRunner && runs.get(manager.queryRunner);
    if (!run) return this.write(manager, [row]);
    const rows = run.get(this as RunBuffer<unknown>);
    if (rows) rows.push(row);
    else run.set(this as RunBuffer<unknown>, [row]);
  }
}

export function openRun(runner: QueryRunner): void {
  runs.set(runner, new Map());
}

/**
 * Writes every kind of row buffered since the last flush, one statement per kind, in the run's
 * transaction; again while rows arrive during the writes, so none is left behind.
 */
export async function flushRun(runner: QueryRunner): Promise<void> {
  for (let run = runs.get(runner); run?.size; run = runs.get(runner)) {
    runs.set(runner, new Map());
    for (const [buffer, rows] of run) await buffer.write(runner.manager, rows);
  }
}

/**
 * Flushes and closes the run with nothing between the last look at the buffers and the close: a
 * row added while the last rows were being written is written too, and one added after the close
 * is written at once by `add`.
 */
export async function finishRun(runner: QueryRunner): Promise<void> {
  while (runs.get(runner)?.size) await flushRun(runner);
  runs.delete(runner);
}

/** Forgets what was buffered since the last flush: the writes that added it were rolled back. */
export function discardRun(runner: QueryRunner): void {
  if (runs.has(runner)) runs.set(runner, new Map());
}

/**
 * Ends buffering for this runner: a row that still arrives (a handler that did not await its
 * write) is then written at once, or refused outside the transaction, never kept where no flush follows.
 */
export function closeRun(runner: QueryRunner): void {
  runs.delete(runner);
}
