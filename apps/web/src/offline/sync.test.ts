import { describe, expect, it } from 'vitest';
import { queued } from './receipt';
import { BatchAnswer, chunk, OutboxPort, syncOnce, TransportError } from './sync';
import type { OutboxItem } from './user-store';

/** An outbox held in a list, as the sync sees the user's store. */
class ListStore implements OutboxPort {
  items = new Map<string, OutboxItem>();
  saves: OutboxItem[] = [];
  constructor(items: OutboxItem[]) {
    for (const item of items) this.items.set(item.id, item);
  }
  async list() {
    return [...this.items.values()];
  }
  async save(item: OutboxItem) {
    this.saves.push(item);
    this.items.set(item.id, item);
  }
}

const item = (id: string, createdAt: number): OutboxItem => ({ id, createdAt, receipt: queued(createdAt), body: { narrative: id } });

describe('syncOnce', () => {
  it('sends due items with their device ids and files each answer on its item', async () => {
    const store = new ListStore([item('b', 2), item('a', 1), item('c', 3)]);
    const sentBodies: object[][] = [];
    const report = await syncOnce(store, async (bodies): Promise<BatchAnswer> => {
      sentBodies.push(bodies);
      return { results: [{ index: 0, status: 201, victimRef: 'V-A' }, { index: 1, status: 409, code: 'IDEMPOTENCY_CONFLICT' }, { index: 2, status: 400, code: 'VALIDATION_FAILED', errors: [] }] };
    }, () => 10);
    expect(sentBodies).toEqual([[{ narrative: 'a', id: 'a' }, { narrative: 'b', id: 'b' }, { narrative: 'c', id: 'c' }]]);
    expect(store.items.get('a')?.receipt).toMatchObject({ state: 'recorded', victimRef: 'V-A' });
    expect(store.items.get('b')?.receipt.state).toBe('conflict');
    expect(store.items.get('c')?.receipt.state).toBe('refused');
    expect(report).toEqual({ sent: 3, failed: false });
  });

  it('marks items sent on the device before the request leaves', async () => {
    const store = new ListStore([item('a', 1)]);
    await syncOnce(store, async () => {
      expect(store.items.get('a')?.receipt.state).toBe('sent');
      return { results: [{ index: 0, status: 201 }] };
    }, () => 10);
    expect(store.saves.map((s) => s.receipt.state)).toEqual(['sent', 'recorded']);
  });

  it('keeps every item queued, with a later attempt, when the network is down', async () => {
    const store = new ListStore([item('a', 1)]);
    const report = await syncOnce(store, async () => {
      throw new TypeError('Failed to fetch');
    }, () => 10);
    expect(store.items.get('a')?.receipt).toMatchObject({ state: 'queued', attempts: 1, lastFailure: 'offline' });
    expect(store.items.get('a')?.body).toEqual({ narrative: 'a' });
    expect(report.failed).toBe(true);
    expect(report.nextDueAt).toBeGreaterThan(10);
  });

  it('says when the sign-in expired, and retries later', async () => {
    const store = new ListStore([item('a', 1)]);
    await syncOnce(store, async () => {
      throw new TransportError('unauthorized');
    }, () => 10);
    expect(store.items.get('a')?.receipt).toMatchObject({ state: 'queued', lastFailure: 'unauthorized' });
  });

  it('leaves alone items not yet due, recorded, refused or in conflict', async () => {
    const later = { ...item('later', 1), receipt: { ...queued(1), nextAttemptAt: 1000 } };
    const recorded = { id: 'r', createdAt: 1, receipt: { ...queued(1), state: 'recorded' as const } };
    const store = new ListStore([later, recorded]);
    const report = await syncOnce(store, async () => {
      throw new Error('nothing should be sent');
    }, () => 10);
    expect(report).toEqual({ sent: 0, failed: false, nextDueAt: 1000 });
  });

  it('treats an item the answer left out as not recorded', async () => {
    const store = new ListStore([item('a', 1), item('b', 2)]);
    await syncOnce(store, async () => ({ results: [{ index: 0, status: 201, victimRef: 'V-A' }] }), () => 10);
    expect(store.items.get('b')?.receipt).toMatchObject({ state: 'queued', lastFailure: 'server' });
  });
});

describe('chunk', () => {
  it('splits by count and by size, keeping order', () => {
    const items = [item('a', 1), item('b', 2), item('c', 3)];
    expect(chunk(items, 2).map((c) => c.map((i) => i.id))).toEqual([['a', 'b'], ['c']]);
    expect(chunk(items, 10, 20).map((c) => c.map((i) => i.id))).toEqual([['a'], ['b'], ['c']]);
  });
});
