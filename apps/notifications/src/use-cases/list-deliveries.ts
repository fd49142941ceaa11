import { Injectable } from '@nestjs/common';
import { NotificationChannel, RecipientKind } from '@relais/contracts';
import { DeliveryStatus } from '../domain/delivery';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { Page, Slice } from '../persistence/page';
import { DeliveryViewModel, deliveryView } from './views';

export interface DeliveriesFilter {
  status?: DeliveryStatus;
  channel?: NotificationChannel;
  recipientKind?: RecipientKind;
  recipientId?: string;
  eventType?: string;
  eventId?: string;
}

/** Deliveries, newest first, for the coordinator and system administrators (no personal data in them). */
@Injectable()
export class ListDeliveries {
  constructor(private readonly deliveries: DeliveryRepository) {}

  async execute(filter: DeliveriesFilter, page: Page): Promise<Slice<DeliveryViewModel>> {
    const slice = await this.deliveries.list(
      {
        status: filter.status,
        channel: filter.channel,
        recipient: { kind: filter.recipientKind, id: filter.recipientId },
        eventType: filter.eventType,
        eventId: filter.eventId,
      },
      page,
    );
    return { ...slice, items: slice.items.map(deliveryView) };
  }
}
