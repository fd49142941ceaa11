import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@relais/persistence';
import { RecipientRef } from '../domain/recipients';
import { Page, Slice, sliceOf } from './page';
import { queryRows } from './sql';

/** An inbox notification: the inbox delivery of an event, with the reader's own read mark. */
export interface InboxItem {
  id: string;
  recipient: RecipientRef;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  createdAt: Date;
  /** The event's CloudEvent JSON; messages are rendered from its data in the reader's language. */
  payload: string;
  readAt: Date | null;
}

interface InboxRow {
  id: string;
  recipient_kind: RecipientRef['kind'];
  recipient_id: string;
  event_id: string;
  event_type: string;
  occurred_at: Date;
  created_at: Date;
  payload: string;
  read_at: Date | null;
}

const SELECT = `
  SELECT d.id, d.recipient_kind, d.recipient_id, d.event_id, d.event_type, e.occurred_at, d.created_at, e.payload, r.read_at
    FROM deliveries d
    JOIN notified_events e ON e.event_id = d.event_id
    JOIN unnest($1::text[], $2::text[]) AS inbox(kind, id) ON inbox.kind = d.recipient_kind AND inbox.id = d.recipient_id
    LEFT JOIN notification_reads r ON r.delivery_id = d.id AND r.reader = $3
   WHERE d.channel = 'inbox'`;

/** Every query is confined to the inboxes the caller may read (see domain/inboxes.ts). */
@Injectable()
export class InboxRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Newest first (see page.ts). */
  async list(inboxes: RecipientRef[], reader: string, options: { unreadOnly: boolean }, page: Page): Promise<Slice<InboxItem>> {
    const params: unknown[] = [...scope(inboxes), reader];
    let sql = SELECT;
    if (options.unreadOnly) sql += ' AND r.read_at IS NULL';
    if (page.after) {
      params.push(page.after);
      sql += ` AND d.id < $${params.length}`;
    }
    params.push(page.limit + 1);
    const rows: InboxRow[] = await queryRows(this.tx.manager, `${sql} ORDER BY d.id DESC LIMIT $${params.length}`, params);
    const slice = sliceOf(rows, page);
    return { ...slice, items: slice.items.map(toItem) };
  }

  async unreadCount(inboxes: RecipientRef[], reader: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(this.tx.manager, `SELECT count(*)::int AS n FROM (${SELECT} AND r.read_at IS NULL) unread`, [...scope(inboxes), reader]);
    return row.n;
  }

  async find(inboxes: RecipientRef[], reader: string, id: string): Promise<InboxItem | undefined> {
    const [row]: InboxRow[] = await queryRows(this.tx.manager, `${SELECT} AND d.id = $4`, [...scope(inboxes), reader, id]);
    return row ? toItem(row) : undefined;
  }

  /** The first read counts; reading again keeps the original time. */
  async markRead(id: string, reader: string): Promise<{ readAt: Date; first: boolean }> {
    const inserted: { read_at: Date }[] = await queryRows(this.tx.manager,
      `INSERT INTO notification_reads (delivery_id, reader) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING read_at`,
      [id, reader],
    );
    if (inserted.length) return { readAt: inserted[0].read_at, first: true };
    const [row] = await queryRows<{ read_at: Date }>(this.tx.manager, `SELECT read_at FROM notification_reads WHERE delivery_id = $1 AND reader = $2`, [id, reader]);
    return { readAt: row.read_at, first: false };
  }
}

function scope(inboxes: RecipientRef[]): [string[], string[]] {
  return [inboxes.map((i) => i.kind), inboxes.map((i) => i.id)];
}

function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    recipient: { kind: row.recipient_kind, id: row.recipient_id },
    eventId: row.event_id,
    eventType: row.event_type,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    payload: row.payload,
    readAt: row.read_at,
  };
}
