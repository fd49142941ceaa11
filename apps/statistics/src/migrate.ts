import { migrateService, PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadStatisticsConfig } from './statistics.config';
import { STATISTICS_ENTITIES } from './persistence/entities';
import { STATISTICS_MIGRATIONS } from './persistence/migrations';
import { STATISTICS_DATABASE_ACCESS } from './persistence/read-model';

/** Creates the `statistics` schema if missing and applies pending migrations as the owner role, then grants relais_statistics its access. */
export async function migrateStatistics(): Promise<string[]> {
  const applied = await migrateService({
    service: 'statistics',
    config: loadStatisticsConfig(),
    entities: STATISTICS_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...STATISTICS_MIGRATIONS],
    access: STATISTICS_DATABASE_ACCESS,
  });
  console.log(`statistics: ${applied.length ? applied.join(', ') : 'up to date'}`);
  return applied;
}
