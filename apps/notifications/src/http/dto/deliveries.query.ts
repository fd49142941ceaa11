import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { EVENT_TYPE_PATTERN, NOTIFICATION_CHANNELS, NotificationChannel, RECIPIENT_KINDS, RecipientKind } from '@relais/contracts';
import { KeysetPageQuery } from '@relais/platform';
import { DELIVERY_STATUSES, DeliveryStatus } from '../../domain/delivery';
import type { DeliveriesFilter } from '../../use-cases/list-deliveries';
import { NEWEST_FIRST_CURSOR } from './paging';

export class DeliveriesQuery extends KeysetPageQuery(NEWEST_FIRST_CURSOR) implements DeliveriesFilter {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, example: 'failed' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: NOTIFICATION_CHANNELS, example: 'webhook' })
  @IsOptional()
  @IsIn(NOTIFICATION_CHANNELS)
  channel?: NotificationChannel;

  @ApiPropertyOptional({ enum: RECIPIENT_KINDS, example: 'agency' })
  @IsOptional()
  @IsIn(RECIPIENT_KINDS)
  recipientKind?: RecipientKind;

  @ApiPropertyOptional({ example: 'agency-shelter-mopti', maxLength: 100 })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9._:-]+$/)
  recipientId?: string;

  @ApiPropertyOptional({ example: 'referral.created.v1' })
  @IsOptional()
  @Matches(EVENT_TYPE_PATTERN)
  eventType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The deliveries of one event.' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
