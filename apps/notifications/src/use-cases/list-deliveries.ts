import { Injectable } from '@nestjs/common';
import { NotificationChannel, RecipientKind } from '@relais/contracts';
import { DEFAULT_PAGE_LIMIT } from '@relais/platform';
import { DeliveryStatus } from '../domain/delivery';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { DeliveryPageModel, deliveryView } from './views';

export interface DeliveriesFilter {
  status?: DeliveryStatus;
  channel?: NotificationChannel;
  recipientKind?: RecipientKind;
  recipientId?: string;
  eventType?: string;
  eventId?: string;
  limit?: number;
  /** The `nextCursor` of the previous page. */
  before?: string;
}

/** Deliveries, newest first, for the coordinator and system administrators (no personal data in them). */
@Injectable()
export class ListDeliveries {
  constructor(private readonly deliveries: DeliveryRepository) {}

  async execute(query: DeliveriesFilter): Promise<DeliveryPageModel> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const rows = await this.deliveries.list(
      {
        status: query.status,
        channel: query.channel,
        recipient: { kind: query.recipientKind, id: query.recipientId },
        eventType: query.eventType,
        eventId: query.eventId,
      },
      limit + 1,
      query.before,
    );
    const items = rows.slice(0, limit).map(deliveryView);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
