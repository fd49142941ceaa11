import { Module } from '@nestjs/common';
import { PlatformModule } from '@relais/platform';
import { loadNotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_ENTITIES } from './persistence/entities';
import { NOTIFICATIONS_MIGRATIONS } from './persistence/migrations';

@Module({
  imports: [
    PlatformModule.forService({
      service: 'notifications',
      config: loadNotificationsConfig,
      entities: NOTIFICATIONS_ENTITIES,
      migrations: NOTIFICATIONS_MIGRATIONS,
    }),
  ],
})
export class NotificationsModule {}
