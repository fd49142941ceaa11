import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadStatisticsConfig } from './statistics.config';
import { STATISTICS_ENTITIES } from './persistence/entities';
import { STATISTICS_MIGRATIONS } from './persistence/migrations';

/** Creates the database and the `statistics` schema if missing and applies pending migrations. */
export async function migrateStatistics(): Promise<string[]> {
  const config = loadStatisticsConfig();
  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: 'statistics',
    entities: STATISTICS_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...STATISTICS_MIGRATIONS],
  });
  try {
    const applied = await migrate(dataSource, config.DATABASE_URL, 'statistics');
    console.log(`statistics: ${applied.length ? applied.join(', ') : 'up to date'}`);
    return applied;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
