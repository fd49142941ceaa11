import { migrateService, PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadReferralConfig } from './referral.config';
import { REFERRAL_ENTITIES } from './persistence/entities';
import { REFERRAL_MIGRATIONS } from './persistence/migrations';

/** Creates the `referral` schema if missing and applies pending migrations as the owner role, then grants relais_referral its access. */
export async function migrateReferral(): Promise<string[]> {
  const applied = await migrateService({
    service: 'referral',
    config: loadReferralConfig(),
    entities: REFERRAL_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...REFERRAL_MIGRATIONS],
  });
  console.log(`referral: ${applied.length ? applied.join(', ') : 'up to date'}`);
  return applied;
}
