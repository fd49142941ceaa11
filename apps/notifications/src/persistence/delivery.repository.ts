import { Injectable } from '@nestjs/common';
import { NotificationChannel, uuidv7 } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { ClaimedDelivery, Delivery, DeliveryStatus } from '../domain/delivery';
import { RecipientRef } from '../domain/recipients';
import { Page, Slice, sliceOf } from './page';
import { queryRows } from './sql';

export interface DeliveryFilter {
  status?: DeliveryStatus;
  channel?: NotificationChannel;
  recipient?: Partial<RecipientRef>;
  eventType?: string;
  eventId?: string;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  recipient_kind: RecipientRef['kind'];
  recipient_id: string;
  channel: NotificationChannel;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date | null;
  first_attempt_at: Date | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  failed_at: Date | null;
  claim_token: string | null;
  done_targets: string[];
}

const COLUMNS = `id, event_id, event_type, recipient_kind, recipient_id, channel, status, attempts, last_error, created_at,
  next_attempt_at, first_attempt_at, last_attempt_at, delivered_at, failed_at, claim_token, done_targets`;

/**
 * Deliveries: one row per (event, recipient, channel), which is what makes a redelivered event
 * send nothing twice. The dispatcher claims due rows (SKIP LOCKED, with a lease so that a crashed
 * sender's row is taken again) and finishes them under its claim token, so a sender whose lease
 * ran out cannot overwrite the outcome of the one that took over.
 */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Creates the deliveries that do not exist yet; returns only the new ones. */
  async create(event: { id: string; type: string }, recipient: RecipientRef, channels: NotificationChannel[]): Promise<Delivery[]> {
    const ids = channels.map(() => uuidv7());
    const rows: DeliveryRow[] = await queryRows(this.tx.manager,
      `INSERT INTO deliveries (id, event_id, event_type, recipient_kind, recipient_id, channel, status, attempts,
                               next_attempt_at, first_attempt_at, last_attempt_at, delivered_at)
       SELECT c.id, $1, $2, $3, $4, c.channel,
              CASE WHEN c.channel = 'inbox' THEN 'delivered' ELSE 'pending' END,
              CASE WHEN c.channel = 'inbox' THEN 1 ELSE 0 END,
              CASE WHEN c.channel = 'inbox' THEN NULL ELSE now() END,
              CASE WHEN c.channel = 'inbox' THEN now() END,
              CASE WHEN c.channel = 'inbox' THEN now() END,
              CASE WHEN c.channel = 'inbox' THEN now() END
         FROM unnest($5::uuid[], $6::text[]) AS c(id, channel)
       ON CONFLICT (event_id, recipient_kind, recipient_id, channel) DO NOTHING
       RETURNING ${COLUMNS}`,
      [event.id, event.type, recipient.kind, recipient.id, ids, channels],
    );
    return rows.map(toDelivery);
  }

  /** Takes the most overdue delivery no one else holds (or whose holder's lease ran out). */
  async claimNext(claimToken: string, leaseMs: number): Promise<ClaimedDelivery | undefined> {
    const [row]: DeliveryRow[] = await queryRows(this.tx.manager,
      `UPDATE deliveries SET status = 'sending', claim_token = $1, lease_until = now() + ($2::bigint * interval '1 millisecond'),
              attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, now()), last_attempt_at = now()
        WHERE id = (
          SELECT id FROM deliveries
           WHERE (status IN ('pending', 'retrying') AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
           ORDER BY next_attempt_at
           LIMIT 1
             FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`,
      [claimToken, leaseMs],
    );
    if (!row) return undefined;
    return { ...toDelivery(row), claimToken, firstAttemptAt: row.first_attempt_at ?? new Date(), doneTargets: row.done_targets };
  }

  /** Milliseconds until the next delivery falls due (0 if one is due), or undefined if none waits. */
  async msUntilNextDue(): Promise<number | undefined> {
    const [row] = await queryRows<{ ms: number | null }>(this.tx.manager,
      // GREATEST ignores NULLs: without the CASE, "nothing waiting" would read as "due now" and spin.
      `SELECT CASE WHEN min(due) IS NULL THEN NULL ELSE GREATEST(0, EXTRACT(EPOCH FROM (min(due) - now())) * 1000) END::float AS ms FROM (
         SELECT min(next_attempt_at) AS due FROM deliveries WHERE status IN ('pending', 'retrying')
         UNION ALL SELECT min(lease_until) FROM deliveries WHERE status = 'sending') d`,
    );
    return row?.ms === null || row?.ms === undefined ? undefined : Number(row.ms);
  }

  async markDelivered(claim: ClaimedDelivery, doneTargets: string[]): Promise<Delivery | undefined> {
    return this.finish(claim, `status = 'delivered', delivered_at = now(), last_error = NULL, next_attempt_at = NULL`, [doneTargets]);
  }

  async markRetrying(claim: ClaimedDelivery, doneTargets: string[], error: string, nextAttemptAt: Date): Promise<Delivery | undefined> {
    return this.finish(claim, `status = 'retrying', last_error = $4, next_attempt_at = $5`, [doneTargets, error, nextAttemptAt]);
  }

  async markFailed(claim: ClaimedDelivery, doneTargets: string[], error: string): Promise<Delivery | undefined> {
    return this.finish(claim, `status = 'failed', failed_at = now(), last_error = $4, next_attempt_at = NULL`, [doneTargets, error]);
  }

  private async finish(claim: ClaimedDelivery, set: string, params: unknown[]): Promise<Delivery | undefined> {
    const [row]: DeliveryRow[] = await queryRows(this.tx.manager,
      `UPDATE deliveries SET ${set}, done_targets = $3, claim_token = NULL, lease_until = NULL
        WHERE id = $1 AND claim_token = $2 AND status = 'sending'
        RETURNING ${COLUMNS}`,
      [claim.id, claim.claimToken, ...params],
    );
    return row ? toDelivery(row) : undefined;
  }

  async findById(id: string, options: { forUpdate?: boolean } = {}): Promise<Delivery | undefined> {
    const [row]: DeliveryRow[] = await queryRows(this.tx.manager,
      `SELECT ${COLUMNS} FROM deliveries WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? toDelivery(row) : undefined;
  }

  /** Newest first (see page.ts). */
  async list(filter: DeliveryFilter, page: Page): Promise<Slice<Delivery>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.channel) add('channel = ?', filter.channel);
    if (filter.recipient?.kind) add('recipient_kind = ?', filter.recipient.kind);
    if (filter.recipient?.id) add('recipient_id = ?', filter.recipient.id);
    if (filter.eventType) add('event_type = ?', filter.eventType);
    if (filter.eventId) add('event_id = ?', filter.eventId);
    if (page.after) add('id < ?', page.after);
    params.push(page.limit + 1);
    const rows: DeliveryRow[] = await queryRows(this.tx.manager,
      `SELECT ${COLUMNS} FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const slice = sliceOf(rows, page);
    return { ...slice, items: slice.items.map(toDelivery) };
  }

  /** A failed delivery starts over: due now, with a fresh retry window. */
  async requeue(id: string): Promise<Delivery | undefined> {
    const [row]: DeliveryRow[] = await queryRows(this.tx.manager,
      `UPDATE deliveries SET status = 'pending', next_attempt_at = now(), first_attempt_at = NULL, failed_at = NULL
        WHERE id = $1 AND status = 'failed'
        RETURNING ${COLUMNS}`,
      [id],
    );
    return row ? toDelivery(row) : undefined;
  }

  /** Wakes the dispatchers of every instance, as new deliveries do through their trigger. */
  async wakeDispatchers(): Promise<void> {
    await queryRows(this.tx.manager, `SELECT pg_notify('relais_deliveries_' || current_schema(), '')`);
  }
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    recipient: { kind: row.recipient_kind, id: row.recipient_id },
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    firstAttemptAt: row.first_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    deliveredAt: row.delivered_at,
    failedAt: row.failed_at,
  };
}
