import { deleteDatabase, openDatabase, request, transact } from './idb';
import { keepsBody, queued, Receipt, recoverInFlight } from './receipt';
import { newUserKey, seal, Sealed, unseal, userDatabaseName } from './sealing';

/**
 * One IndexedDB database per user (`relais-<hash of sub>`) holding that user's key, outbox and
 * drafts. Only what the outbox must sort and query by (state, times) is in clear; everything else,
 * receipts included, is sealed under the user's key.
 */
interface KeyRow {
  id: 'main';
  key: CryptoKey;
}

interface OutboxRow {
  id: string;
  createdAt: number;
  state: Receipt['state'];
  nextAttemptAt: number;
  sealed: Sealed;
}

interface DraftRow {
  id: string;
  updatedAt: number;
  sealed: Sealed;
}

/** What the outbox shows and sends. `body` is gone once the server has recorded the item. */
export interface OutboxItem<B = unknown> {
  id: string;
  createdAt: number;
  receipt: Receipt;
  body?: B;
  /** The id a conflicting item was first sent with, when the officer chose to send it as new. */
  supersedes?: string;
}

export interface Draft<V = unknown> {
  id: string;
  updatedAt: number;
  values: V;
}

interface OutboxSecret {
  receipt: Receipt;
  body?: unknown;
  supersedes?: string;
}

const KEYS = 'keys';
const OUTBOX = 'outbox';
const DRAFTS = 'drafts';

/** Other tabs of the same user learn of changes too (the outbox screen in one, the sync in another). */
const CHANNEL = 'relais-outbox';

export class UserStore {
  private readonly changes = new EventTarget();
  private readonly channel: BroadcastChannel | undefined;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly key: CryptoKey,
    private readonly name: string,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
    this.channel?.addEventListener('message', (e: MessageEvent) => {
      if (e.data === this.name) this.changes.dispatchEvent(new Event('change'));
    });
  }

  static async open(sub: string): Promise<UserStore> {
    const name = await userDatabaseName(sub);
    const db = await openDatabase(name, 1, (d) => {
      d.createObjectStore(KEYS, { keyPath: 'id' });
      d.createObjectStore(OUTBOX, { keyPath: 'id' });
      d.createObjectStore(DRAFTS, { keyPath: 'id' });
    });
    const store = new UserStore(db, await UserStore.userKey(db), name);
    await store.recover();
    return store;
  }

  /** The user's key, made on first use. Two tabs racing both generate one; `add` keeps the first. */
  private static async userKey(db: IDBDatabase): Promise<CryptoKey> {
    const existing = await transact(db, [KEYS], 'readonly', (tx) => request<KeyRow | undefined>(tx.objectStore(KEYS).get('main')));
    if (existing) return existing.key;
    const created = await newUserKey();
    try {
      await transact(db, [KEYS], 'readwrite', (tx) => request(tx.objectStore(KEYS).add({ id: 'main', key: created } satisfies KeyRow)));
      return created;
    } catch {
      const row = await transact(db, [KEYS], 'readonly', (tx) => request<KeyRow | undefined>(tx.objectStore(KEYS).get('main')));
      if (!row) throw new Error('user key missing');
      return row.key;
    }
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }

  async enqueue<B>(id: string, body: B, now = Date.now(), supersedes?: string): Promise<void> {
    await this.save({ id, createdAt: now, receipt: queued(now), body, ...(supersedes ? { supersedes } : {}) });
  }

  /** Newest first. */
  async list<B>(): Promise<OutboxItem<B>[]> {
    const rows = await transact(this.db, [OUTBOX], 'readonly', (tx) => request<OutboxRow[]>(tx.objectStore(OUTBOX).getAll()));
    rows.sort((a, b) => b.createdAt - a.createdAt);
    return Promise.all(rows.map((row) => this.openItem<B>(row)));
  }

  async get<B>(id: string): Promise<OutboxItem<B> | undefined> {
    const row = await transact(this.db, [OUTBOX], 'readonly', (tx) => request<OutboxRow | undefined>(tx.objectStore(OUTBOX).get(id)));
    return row ? this.openItem<B>(row) : undefined;
  }

  /** Writes an item's receipt (and body); the body is dropped when the receipt says recorded. */
  async save<B>(item: OutboxItem<B>): Promise<void> {
    const row = await this.row(item);
    await transact(this.db, [OUTBOX], 'readwrite', (tx) => request(tx.objectStore(OUTBOX).put(row)));
    this.changed();
  }

  /** Replaces an item by one under a new id (a conflict the officer chose to send as new), in one transaction. */
  async replace<B>(oldId: string, item: OutboxItem<B>): Promise<void> {
    const row = await this.row({ ...item, supersedes: oldId });
    await transact(this.db, [OUTBOX], 'readwrite', async (tx) => {
      const outbox = tx.objectStore(OUTBOX);
      await request(outbox.delete(oldId));
      await request(outbox.put(row));
    });
    this.changed();
  }

  /** Only a recorded item may leave the device (its receipt holds no personal data by then). */
  async forgetRecorded(id: string): Promise<void> {
    await transact(this.db, [OUTBOX], 'readwrite', async (tx) => {
      const outbox = tx.objectStore(OUTBOX);
      const row = await request<OutboxRow | undefined>(outbox.get(id));
      if (row?.state === 'recorded') await request(outbox.delete(id));
    });
    this.changed();
  }

  /** Calls `onItems` now and after every change, from this tab or another. */
  watch<B>(onItems: (items: OutboxItem<B>[]) => void): () => void {
    let latest = 0;
    const refresh = () => {
      const run = ++latest;
      this.list<B>().then(
        (items) => run === latest && onItems(items),
        (error: unknown) => console.error('outbox read failed', error instanceof Error ? error.name : error),
      );
    };
    this.changes.addEventListener('change', refresh);
    refresh();
    return () => this.changes.removeEventListener('change', refresh);
  }

  async saveDraft<V>(id: string, values: V, now = Date.now()): Promise<void> {
    const row: DraftRow = { id, updatedAt: now, sealed: await seal(this.key, values, `draft:${id}`) };
    await transact(this.db, [DRAFTS], 'readwrite', (tx) => request(tx.objectStore(DRAFTS).put(row)));
  }

  async latestDraft<V>(): Promise<Draft<V> | undefined> {
    const rows = await transact(this.db, [DRAFTS], 'readonly', (tx) => request<DraftRow[]>(tx.objectStore(DRAFTS).getAll()));
    const row = rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
    return row ? { id: row.id, updatedAt: row.updatedAt, values: await unseal<V>(this.key, row.sealed, `draft:${row.id}`) } : undefined;
  }

  async deleteDraft(id: string): Promise<void> {
    await transact(this.db, [DRAFTS], 'readwrite', (tx) => request(tx.objectStore(DRAFTS).delete(id)));
  }

  /** A reload while a send was in flight leaves items `sent`; they go back to the queue (resending is safe). */
  private async recover(): Promise<void> {
    const now = Date.now();
    for (const item of await this.list()) {
      if (item.receipt.state === 'sent') await this.save({ ...item, receipt: recoverInFlight(item.receipt, now) });
    }
  }

  private changed(): void {
    this.changes.dispatchEvent(new Event('change'));
    this.channel?.postMessage(this.name);
  }

  private async row<B>(item: OutboxItem<B>): Promise<OutboxRow> {
    const secret: OutboxSecret = {
      receipt: item.receipt,
      ...(keepsBody(item.receipt) ? { body: item.body } : {}),
      ...(item.supersedes ? { supersedes: item.supersedes } : {}),
    };
    return { id: item.id, createdAt: item.createdAt, state: item.receipt.state, nextAttemptAt: item.receipt.nextAttemptAt, sealed: await seal(this.key, secret, `outbox:${item.id}`) };
  }

  private async openItem<B>(row: OutboxRow): Promise<OutboxItem<B>> {
    const secret = await unseal<OutboxSecret>(this.key, row.sealed, `outbox:${row.id}`);
    return {
      id: row.id,
      createdAt: row.createdAt,
      receipt: secret.receipt,
      ...(secret.body !== undefined ? { body: secret.body as B } : {}),
      ...(secret.supersedes ? { supersedes: secret.supersedes } : {}),
    };
  }
}

/** Deletes a user's whole database: the key goes with it, so any copy of the rows is unreadable. */
export async function deleteUserDatabase(sub: string): Promise<void> {
  await deleteDatabase(await userDatabaseName(sub));
}
