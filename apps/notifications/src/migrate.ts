import { migrateService, PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadNotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_ENTITIES } from './persistence/entities';
import { NOTIFICATIONS_MIGRATIONS } from './persistence/migrations';

/** Creates the `notifications` schema if missing and applies pending migrations as the owner role, then grants relais_notifications its access. */
export async function migrateNotifications(): Promise<string[]> {
  const applied = await migrateService({
    service: 'notifications',
    config: loadNotificationsConfig(),
    entities: NOTIFICATIONS_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS],
  });
  console.log(`notifications: ${applied.length ? applied.join(', ') : 'up to date'}`);
  return applied;
}
