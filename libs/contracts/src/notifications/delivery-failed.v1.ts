import { IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { DeliveryFactsV1 } from './delivery-base';

export class DeliveryFailedV1 extends DeliveryFactsV1 {
  @IsDateTime()
  failedAt!: string;

  /** A technical reason (status code, timeout); never the message content. */
  @IsString()
  @MaxLength(500)
  lastError!: string;
}

export const DeliveryFailed = defineEvent<DeliveryFailedV1>({
  type: 'notifications.delivery-failed.v1',
  topic: Topics.NotificationsDeliveries,
  source: 'notifications',
  dataClass: DeliveryFailedV1,
  description: 'A notification could not be delivered on one channel after all its attempts.',
  keyOf: (d) => d.deliveryId,
  subjectOf: (d) => d.deliveryId,
});
