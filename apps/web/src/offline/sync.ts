import { applyResult, BatchItemResult, isDue, markSent, sendFailed, TransportFailure } from './receipt';
import type { OutboxItem } from './user-store';

/** What the sync needs of a store (the user's IndexedDB store, or a list in a test). */
export interface OutboxPort {
  list(): Promise<OutboxItem[]>;
  save(item: OutboxItem): Promise<void>;
}

export interface BatchAnswer {
  results: BatchItemResult[];
}

/** Sends bodies (each with its device-chosen `id`) to `POST /identifications:batch`. */
export type SendBatch = (bodies: object[]) => Promise<BatchAnswer>;

/** The batch got no per-item answer: nothing is known to be recorded, so every item stays queued. */
export class TransportError extends Error {
  constructor(readonly failure: TransportFailure, message?: string) {
    super(message ?? failure);
  }
}

/** Intake takes up to 100 items; smaller batches keep each request well under the gateway's body limit on a slow link. */
export const BATCH_ITEMS = 20;
export const BATCH_BYTES = 256 * 1024;

export function chunk(items: OutboxItem[], maxItems = BATCH_ITEMS, maxBytes = BATCH_BYTES): OutboxItem[][] {
  const chunks: OutboxItem[][] = [];
  let current: OutboxItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item.body ?? {}).length;
    if (current.length && (current.length >= maxItems || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export interface SyncReport {
  /** Items that got an answer from the server. */
  sent: number;
  /** A batch got no answer (offline, server down): the caller backs off before the next run. */
  failed: boolean;
  /** When the next queued item is due (epoch ms), if any. */
  nextDueAt?: number;
}

/**
 * Sends every due item once. Each item is marked `sent` (and persisted) before the request, so
 * a reload mid-flight finds it and sends it again, which the server answers with the same receipt.
 */
export async function syncOnce(store: OutboxPort, send: SendBatch, now: () => number = Date.now): Promise<SyncReport> {
  const due = (await store.list()).filter((i) => i.body !== undefined && isDue(i.receipt, now()));
  due.sort((a, b) => a.createdAt - b.createdAt);
  let sent = 0;
  for (const batch of chunk(due)) {
    const sending = batch.map((item) => ({ ...item, receipt: markSent(item.receipt, now()) }));
    for (const item of sending) await store.save(item);
    let answer: BatchAnswer | undefined;
    let failure: TransportFailure = 'server';
    try {
      answer = await send(sending.map((item) => ({ ...(item.body as object), id: item.id })));
    } catch (error) {
      failure = error instanceof TransportError ? error.failure : 'offline';
    }
    for (const [index, item] of sending.entries()) {
      const result = answer?.results.find((r) => r.index === index);
      await store.save({ ...item, receipt: result ? applyResult(item.receipt, result, now()) : sendFailed(item.receipt, now(), failure) });
    }
    if (!answer) return { sent, failed: true, ...(await nextDue(store)) };
    sent += batch.length;
  }
  return { sent, failed: false, ...(await nextDue(store)) };
}

async function nextDue(store: OutboxPort): Promise<{ nextDueAt?: number }> {
  const times = (await store.list()).filter((i) => i.receipt.state === 'queued').map((i) => i.receipt.nextAttemptAt);
  return times.length ? { nextDueAt: Math.min(...times) } : {};
}
