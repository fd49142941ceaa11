import Dexie, { liveQuery, Table } from 'dexie';
import { keepsBody, queued, Receipt, recoverInFlight } from './receipt';
import { newUserKey, seal, Sealed, unseal, userDatabaseName } from './sealing';

/**
 * One IndexedDB database per user (`relais-<hash of sub>`) holding that user's key, outbox and
 * drafts. Only what the outbox must query (state, next attempt) is in clear; everything else,
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

class UserDatabase extends Dexie {
  keys!: Table<KeyRow, string>;
  outbox!: Table<OutboxRow, string>;
  drafts!: Table<DraftRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id', outbox: 'id, state, createdAt', drafts: 'id, updatedAt' });
  }
}

export class UserStore {
  private constructor(
    private readonly db: UserDatabase,
    private readonly key: CryptoKey,
  ) {}

  static async open(sub: string): Promise<UserStore> {
    const db = new UserDatabase(await userDatabaseName(sub));
    await db.open();
    const key = await db.transaction('rw', db.keys, async () => {
      const row = await db.keys.get('main');
      if (row) return row.key;
      const created = await newUserKey();
      await db.keys.put({ id: 'main', key: created });
      return created;
    });
    const store = new UserStore(db, key);
    await store.recover();
    return store;
  }

  close(): void {
    this.db.close();
  }

  async enqueue<B>(id: string, body: B, now = Date.now(), supersedes?: string): Promise<void> {
    const receipt = queued(now);
    await this.db.outbox.put({ id, createdAt: now, state: receipt.state, nextAttemptAt: receipt.nextAttemptAt, sealed: await this.sealItem(id, { receipt, body, supersedes }) });
  }

  async list<B>(): Promise<OutboxItem<B>[]> {
    const rows = await this.db.outbox.orderBy('createdAt').reverse().toArray();
    return Promise.all(rows.map((row) => this.open<B>(row)));
  }

  async get<B>(id: string): Promise<OutboxItem<B> | undefined> {
    const row = await this.db.outbox.get(id);
    return row ? this.open<B>(row) : undefined;
  }

  /** Writes a new receipt (and body); the body is dropped when the receipt says recorded. */
  async save<B>(item: OutboxItem<B>): Promise<void> {
    const secret: OutboxSecret = { receipt: item.receipt, ...(keepsBody(item.receipt) ? { body: item.body } : {}), ...(item.supersedes ? { supersedes: item.supersedes } : {}) };
    await this.db.outbox.put({
      id: item.id,
      createdAt: item.createdAt,
      state: item.receipt.state,
      nextAttemptAt: item.receipt.nextAttemptAt,
      sealed: await this.sealItem(item.id, secret),
    });
  }

  /** Replaces an item by one under a new id (a conflict the officer chose to send as new), in one transaction. */
  async replace<B>(oldId: string, item: OutboxItem<B>): Promise<void> {
    const sealed = await this.sealItem(item.id, { receipt: item.receipt, body: item.body, supersedes: oldId });
    await this.db.transaction('rw', this.db.outbox, async () => {
      await this.db.outbox.delete(oldId);
      await this.db.outbox.put({ id: item.id, createdAt: item.createdAt, state: item.receipt.state, nextAttemptAt: item.receipt.nextAttemptAt, sealed });
    });
  }

  /** Only a recorded item may leave the device (its receipt has no personal data left in it). */
  async forgetRecorded(id: string): Promise<void> {
    const row = await this.db.outbox.get(id);
    if (row?.state === 'recorded') await this.db.outbox.delete(id);
  }

  watch<B>(onItems: (items: OutboxItem<B>[]) => void): () => void {
    const subscription = liveQuery(() => this.list<B>()).subscribe({ next: onItems, error: (e) => console.error('outbox watch failed', e) });
    return () => subscription.unsubscribe();
  }

  async saveDraft<V>(id: string, values: V, now = Date.now()): Promise<void> {
    await this.db.drafts.put({ id, updatedAt: now, sealed: await seal(this.key, values, `draft:${id}`) });
  }

  async latestDraft<V>(): Promise<Draft<V> | undefined> {
    const row = await this.db.drafts.orderBy('updatedAt').last();
    return row ? { id: row.id, updatedAt: row.updatedAt, values: await unseal<V>(this.key, row.sealed, `draft:${row.id}`) } : undefined;
  }

  async deleteDraft(id: string): Promise<void> {
    await this.db.drafts.delete(id);
  }

  /** A reload while a send was in flight leaves items `sent`; they go back to the queue (resending is safe). */
  private async recover(): Promise<void> {
    const now = Date.now();
    for (const row of await this.db.outbox.where('state').equals('sent').toArray()) {
      const item = await this.open(row);
      await this.save({ ...item, receipt: recoverInFlight(item.receipt, now) });
    }
  }

  private async open<B>(row: OutboxRow): Promise<OutboxItem<B>> {
    const secret = await unseal<OutboxSecret>(this.key, row.sealed, `outbox:${row.id}`);
    return { id: row.id, createdAt: row.createdAt, receipt: secret.receipt, ...(secret.body !== undefined ? { body: secret.body as B } : {}), ...(secret.supersedes ? { supersedes: secret.supersedes } : {}) };
  }

  private sealItem(id: string, secret: OutboxSecret): Promise<Sealed> {
    return seal(this.key, secret, `outbox:${id}`);
  }
}

/** Deletes a user's whole database: the key goes with it, so any copy of the rows is unreadable. */
export async function deleteUserDatabase(sub: string): Promise<void> {
  await Dexie.delete(await userDatabaseName(sub));
}
