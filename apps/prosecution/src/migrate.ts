import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadProsecutionConfig } from './prosecution.config';
import { PROSECUTION_ENTITIES } from './persistence/entities';
import { PROSECUTION_MIGRATIONS } from './persistence/migrations';

/** Creates the database and the `prosecution` schema if missing and applies pending migrations. */
export async function migrateProsecution(): Promise<string[]> {
  const config = loadProsecutionConfig();
  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: 'prosecution',
    entities: PROSECUTION_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...PROSECUTION_MIGRATIONS],
  });
  try {
    const applied = await migrate(dataSource, config.DATABASE_URL, 'prosecution');
    console.log(`prosecution: ${applied.length ? applied.join(', ') : 'up to date'}`);
    return applied;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
