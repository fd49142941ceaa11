import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Language, NOTIFICATION_CHANNELS, NotificationChannel, RECIPIENT_KINDS, RecipientKind } from '@relais/contracts';
import { KeysetPageView } from '@relais/platform';
import { DELIVERY_STATUSES, DeliveryStatus } from '../../domain/delivery';
import type {
  DeliveryPageModel, DeliveryViewModel, NotificationPageModel, NotificationViewModel, RecipientChannelsViewModel, WebhookChannelViewModel,
} from '../../use-cases/views';

/* Response shapes, for the OpenAPI document only: the use cases build the answers. */

export class WebhookChannelView implements WebhookChannelViewModel {
  @ApiProperty({ example: 'https://dossiers.ong-exemple.ml/relais/evenements' })
  url!: string;

  @ApiProperty({ description: 'A secret is registered; it is never shown.', example: true })
  secretConfigured!: boolean;
}

export class RecipientChannelsView implements RecipientChannelsViewModel {
  @ApiProperty({ enum: RECIPIENT_KINDS, example: 'agency' })
  recipientKind!: RecipientKind;

  @ApiProperty({ example: 'agency-shelter-mopti' })
  recipientId!: string;

  @ApiProperty({ enum: ['fr', 'en'], example: 'fr' })
  language!: Language;

  @ApiProperty({ description: 'Every recipient has the in-app inbox.', example: true })
  inbox!: true;

  @ApiProperty({ type: WebhookChannelView, nullable: true })
  webhook!: WebhookChannelView | null;

  @ApiProperty({ type: [String], example: ['permanence@ong-exemple.ml'] })
  emails!: string[];

  @ApiProperty({ type: [String], example: ['+22376000000'] })
  phones!: string[];

  @ApiProperty({ description: 'False while nobody has configured this recipient (inbox only, French).', example: true })
  configured!: boolean;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Incremented at each change.', example: 3 })
  version!: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  updatedAt!: string | null;
}

export class DeliveryView implements DeliveryViewModel {
  @ApiProperty({ format: 'uuid', description: 'Also the `webhook-id` header of webhook deliveries.' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'referral.created.v1' })
  eventType!: string;

  @ApiProperty({ enum: RECIPIENT_KINDS })
  recipientKind!: RecipientKind;

  @ApiProperty({ example: 'agency-shelter-mopti' })
  recipientId!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  channel!: NotificationChannel;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatus;

  @ApiProperty({ example: 3 })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, description: 'A technical reason (status code, timeout), never content or addresses.', example: 'HTTP 503' })
  lastError!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  firstAttemptAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  deliveredAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  failedAt!: string | null;
}

export class DeliveryPage extends KeysetPageView(DeliveryView) implements DeliveryPageModel {}

export class NotificationView implements NotificationViewModel {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: RECIPIENT_KINDS, description: 'Whose inbox it is in.' })
  recipientKind!: RecipientKind;

  @ApiProperty({ example: 'agency-shelter-mopti' })
  recipientId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'referral.created.v1' })
  eventType!: string;

  @ApiProperty({ description: "In the caller's language (Accept-Language).", example: 'Nouvelle orientation R-7K2M9QXA' })
  title!: string;

  @ApiProperty({
    example: 'Nouvelle orientation R-7K2M9QXA : fille, 9-17 ans, région de Mopti, besoin : hébergement. Accusé de réception attendu avant le 10/03/2027 à 14 h 30.',
  })
  body!: string;

  @ApiProperty({ format: 'date-time', description: 'When the event happened.' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When it reached the inbox.' })
  createdAt!: string;

  @ApiProperty({ description: 'Read by the caller (read marks are per user).' })
  read!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;
}

export class NotificationPage extends KeysetPageView(NotificationView) implements NotificationPageModel {
  @ApiProperty({ description: "Unread notifications in the caller's inboxes.", example: 4 })
  unreadCount!: number;
}
