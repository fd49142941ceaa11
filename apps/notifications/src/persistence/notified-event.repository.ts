import { Injectable } from '@nestjs/common';
import { CloudEvent } from '@relais/contracts';
import { TransactionHost } from '@relais/persistence';
import { queryRows } from './sql';

/** An event kept because someone is (or may later be) notified of it. */
export interface NotifiedEvent {
  id: string;
  type: string;
  occurredAt: Date;
  /** The CloudEvent as received, byte for byte what webhooks get. */
  payload: string;
}

@Injectable()
export class NotifiedEventRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Keeps the event once; a redelivery or a second path to the same event changes nothing. */
  async store(event: CloudEvent): Promise<NotifiedEvent> {
    const payload = JSON.stringify(event);
    await queryRows(this.tx.manager,
      `INSERT INTO notified_events (event_id, event_type, occurred_at, payload) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO NOTHING`,
      [event.id, event.type, event.time, payload],
    );
    return { id: event.id, type: event.type, occurredAt: new Date(event.time), payload };
  }

  async find(eventId: string): Promise<NotifiedEvent | undefined> {
    const [row] = await queryRows<{ event_id: string; event_type: string; occurred_at: Date; payload: string }>(this.tx.manager,
      `SELECT event_id, event_type, occurred_at, payload FROM notified_events WHERE event_id = $1`,
      [eventId],
    );
    return row ? { id: row.event_id, type: row.event_type, occurredAt: row.occurred_at, payload: row.payload } : undefined;
  }
}
