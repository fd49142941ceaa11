import { Injectable } from '@nestjs/common';
import { NotificationsErrorCode, NotificationsException } from '../domain/notifications.errors';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { deliveryView, DeliveryViewModel } from './views';

@Injectable()
export class GetDelivery {
  constructor(private readonly deliveries: DeliveryRepository) {}

  async execute(id: string): Promise<DeliveryViewModel> {
    const delivery = await this.deliveries.findById(id);
    if (!delivery) throw new NotificationsException(NotificationsErrorCode.DeliveryNotFound, { id });
    return deliveryView(delivery);
  }
}
