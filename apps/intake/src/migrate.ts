import { migrateService, PLATFORM_MIGRATIONS } from '@relais/platform';
import { loadIntakeConfig } from './intake.config';
import { INTAKE_ENTITIES } from './persistence/entities';
import { INTAKE_MIGRATIONS } from './persistence/migrations';

/** Creates the `intake` schema if missing and applies pending migrations as the owner role, then grants relais_intake its access. */
export async function migrateIntake(): Promise<string[]> {
  const applied = await migrateService({
    service: 'intake',
    config: loadIntakeConfig(),
    entities: INTAKE_ENTITIES,
    migrations: [...PLATFORM_MIGRATIONS, ...INTAKE_MIGRATIONS],
  });
  console.log(`intake: ${applied.length ? applied.join(', ') : 'up to date'}`);
  return applied;
}
