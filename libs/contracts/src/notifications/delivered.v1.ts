import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { DeliveryFactsV1 } from './delivery-base';

export class DeliveredV1 extends DeliveryFactsV1 {
  @IsDateTime()
  deliveredAt!: string;
}

export const Delivered = defineEvent<DeliveredV1>({
  type: 'notifications.delivered.v1',
  topic: Topics.NotificationsDeliveries,
  source: 'notifications',
  dataClass: DeliveredV1,
  description: 'A notification reached its recipient on one channel.',
  keyOf: (d) => d.deliveryId,
  subjectOf: (d) => d.deliveryId,
});
