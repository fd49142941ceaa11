import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadIntakeConfig } from './intake.config';
import { INTAKE_ENTITIES } from './persistence/entities';
import { INTAKE_MIGRATIONS } from './persistence/migrations';

/** Creates the database and the `intake` schema if missing and applies pending migrations. */
export async function migrateIntake(): Promise<string[]> {
  const config = loadIntakeConfig();
  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: 'intake',
    entities: INTAKE_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...INTAKE_MIGRATIONS],
  });
  try {
    const applied = await migrate(dataSource, config.DATABASE_URL, 'intake');
    console.log(`intake: ${applied.length ? applied.join(', ') : 'up to date'}`);
    return applied;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
