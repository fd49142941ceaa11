import { migrateService, PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadProsecutionConfig } from './prosecution.config';
import { PROSECUTION_ENTITIES } from './persistence/entities';
import { PROSECUTION_MIGRATIONS } from './persistence/migrations';

/** Creates the `prosecution` schema if missing and applies pending migrations as the owner role, then grants relais_prosecution its access. */
export async function migrateProsecution(): Promise<string[]> {
  const applied = await migrateService({
    service: 'prosecution',
    config: loadProsecutionConfig(),
    entities: PROSECUTION_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...PROSECUTION_MIGRATIONS],
  });
  console.log(`prosecution: ${applied.length ? applied.join(', ') : 'up to date'}`);
  return applied;
}
