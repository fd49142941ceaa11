import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadNotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_ENTITIES } from './persistence/entities';
import { NOTIFICATIONS_MIGRATIONS } from './persistence/migrations';

/** Creates the database and the `notifications` schema if missing and applies pending migrations. */
export async function migrateNotifications(): Promise<string[]> {
  const config = loadNotificationsConfig();
  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: 'notifications',
    entities: NOTIFICATIONS_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS],
  });
  try {
    const applied = await migrate(dataSource, config.DATABASE_URL, 'notifications');
    console.log(`notifications: ${applied.length ? applied.join(', ') : 'up to date'}`);
    return applied;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
