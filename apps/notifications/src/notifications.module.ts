import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { EmailSender } from './channels/email.sender';
import { HttpSmsGateway } from './channels/http-sms-gateway';
import { SMS_GATEWAY } from './channels/sms-gateway';
import { SmsSender } from './channels/sms.sender';
import { WebhookTargetGuard } from './channels/webhook-target-guard';
import { WebhookSender } from './channels/webhook.sender';
import { DeliveryDispatcher } from './dispatcher/delivery-dispatcher';
import { IntakeEventsHandler } from './handlers/intake-events.handler';
import { ProsecutionEventsHandler } from './handlers/prosecution-events.handler';
import { ReferralEventsHandler } from './handlers/referral-events.handler';
import { DeliveriesController } from './http/deliveries.controller';
import { NotificationsController } from './http/notifications.controller';
import { RecipientsController } from './http/recipients.controller';
import { loadNotificationsConfig } from './notifications.config';
import { AccompanimentRepository } from './persistence/accompaniment.repository';
import { ChannelSealer } from './persistence/channel-sealer';
import { DeliveryRepository } from './persistence/delivery.repository';
import { NOTIFICATIONS_ENTITIES } from './persistence/entities';
import { InboxRepository } from './persistence/inbox.repository';
import { NOTIFICATIONS_MIGRATIONS } from './persistence/migrations';
import { NotifiedEventRepository } from './persistence/notified-event.repository';
import { RecipientRepository } from './persistence/recipient.repository';
import { DispatchDelivery } from './use-cases/dispatch-delivery';
import { GetDelivery } from './use-cases/get-delivery';
import { GetRecipientChannels } from './use-cases/get-recipient-channels';
import { ListDeliveries } from './use-cases/list-deliveries';
import { ListNotifications } from './use-cases/list-notifications';
import { MarkNotificationRead } from './use-cases/mark-notification-read';
import { NotifyEvent } from './use-cases/notify-event';
import { PlanDeliveries } from './use-cases/plan-deliveries';
import { PutRecipientChannels } from './use-cases/put-recipient-channels';
import { RetryDelivery } from './use-cases/retry-delivery';
import { TrackAccompaniment } from './use-cases/track-accompaniment';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'notifications',
      config: loadNotificationsConfig,
      entities: NOTIFICATIONS_ENTITIES,
      migrations: NOTIFICATIONS_MIGRATIONS,
    }),
  ],
  controllers: [
    RecipientsController,
    DeliveriesController,
    NotificationsController,
    ReferralEventsHandler,
    ProsecutionEventsHandler,
    IntakeEventsHandler,
  ],
  providers: [
    ChannelSealer,
    RecipientRepository,
    NotifiedEventRepository,
    DeliveryRepository,
    InboxRepository,
    AccompanimentRepository,
    WebhookSender,
    WebhookTargetGuard,
    EmailSender,
    { provide: SMS_GATEWAY, useClass: HttpSmsGateway },
    SmsSender,
    NotifyEvent,
    TrackAccompaniment,
    PlanDeliveries,
    DispatchDelivery,
    DeliveryDispatcher,
    PutRecipientChannels,
    GetRecipientChannels,
    ListDeliveries,
    GetDelivery,
    RetryDelivery,
    ListNotifications,
    MarkNotificationRead,
  ],
})
export class NotificationsModule {}
