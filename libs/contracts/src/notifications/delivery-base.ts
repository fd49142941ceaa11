import { IsIn, IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';
import { EVENT_TYPE_PATTERN } from '../envelope/cloud-event';
import { IsUuidField } from '../validators';
import { NOTIFICATION_CHANNELS, NotificationChannel, RECIPIENT_KINDS, RecipientKind } from '../vocabulary';

export abstract class DeliveryFactsV1 {
  @IsUuidField()
  deliveryId!: string;

  /** The event that was notified. */
  @IsUuidField()
  eventId!: string;

  @Matches(EVENT_TYPE_PATTERN)
  eventType!: string;

  @IsIn(RECIPIENT_KINDS)
  recipientKind!: RecipientKind;

  @IsString()
  @MaxLength(100)
  recipientId!: string;

  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @IsInt()
  @Min(1)
  attempts!: number;
}
