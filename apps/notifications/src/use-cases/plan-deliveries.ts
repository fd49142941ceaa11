import { Injectable } from '@nestjs/common';
import { Delivered, DeliveredV1 } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { Delivery } from '../domain/delivery';
import { channelsFor, recipientKey, Route } from '../domain/recipients';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { RecipientRepository } from '../persistence/recipient.repository';

/**
 * Turns the routes of an event into deliveries, inside the caller's transaction (the event
 * handler's): no network call here, the dispatcher sends later. Inbox deliveries are complete as
 * they are written, so their `notifications.delivered.v1` goes to the outbox at once.
 */
@Injectable()
export class PlanDeliveries {
  constructor(
    private readonly tx: TransactionHost,
    private readonly recipients: RecipientRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(event: { id: string; type: string }, routes: Route[]): Promise<Delivery[]> {
    if (!routes.length) return [];
    const configured = await this.recipients.summaries(routes.map((r) => r.recipient));
    const created: Delivery[] = [];
    for (const route of routes) {
      const channels = channelsFor(route.reach, configured.get(recipientKey(route.recipient)));
      const rows = await this.deliveries.create(event, route.recipient, channels);
      for (const delivery of rows) {
        if (delivery.channel === 'inbox') await this.outbox.emit(this.tx.manager, Delivered, deliveredFacts(delivery));
      }
      created.push(...rows);
    }
    return created;
  }
}

/** Which delivery an outcome event (delivered or failed) is about. */
export function deliveryRef(delivery: Delivery): Pick<DeliveredV1, 'deliveryId' | 'eventId' | 'eventType' | 'recipientKind' | 'recipientId' | 'channel'> {
  return {
    deliveryId: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    recipientKind: delivery.recipient.kind,
    recipientId: delivery.recipient.id,
    channel: delivery.channel,
  };
}

export function deliveredFacts(delivery: Delivery): DeliveredV1 {
  return {
    ...deliveryRef(delivery),
    attempts: Math.max(1, delivery.attempts),
    deliveredAt: (delivery.deliveredAt ?? new Date()).toISOString(),
  };
}
