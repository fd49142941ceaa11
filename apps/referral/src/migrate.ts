import { createServiceDataSource, migrate } from '@relais/persistence';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadReferralConfig } from './referral.config';
import { REFERRAL_ENTITIES } from './persistence/entities';
import { REFERRAL_MIGRATIONS } from './persistence/migrations';

/** Creates the database and the `referral` schema if missing and applies pending migrations. */
export async function migrateReferral(): Promise<string[]> {
  const config = loadReferralConfig();
  const dataSource = createServiceDataSource({
    url: config.DATABASE_URL,
    schema: 'referral',
    entities: REFERRAL_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...REFERRAL_MIGRATIONS],
  });
  try {
    const applied = await migrate(dataSource, config.DATABASE_URL, 'referral');
    console.log(`referral: ${applied.length ? applied.join(', ') : 'up to date'}`);
    return applied;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
