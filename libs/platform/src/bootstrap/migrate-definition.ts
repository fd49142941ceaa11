import { migrateService } from '../persistence/service-database';
import { PLATFORM_MIGRATIONS } from '../platform.module';
import type { ServiceDefinition } from './run-service';

/**
 * `main.js migrate`: creates the service's schema if missing, applies the platform's migrations and
 * then its own as the owner role, and grants the service's role its access.
 */
export async function migrateDefinition(definition: ServiceDefinition): Promise<string[]> {
  const applied = await migrateService({
    service: definition.service,
    config: definition.config(),
    entities: definition.entities,
    migrations: [...PLATFORM_MIGRATIONS, ...definition.migrations],
    access: definition.databaseAccess,
  });
  // stdout, not the logger: the migrate job's output is this one line per service.
  process.stdout.write(`${definition.service}: ${applied.length ? applied.join(', ') : 'up to date'}\n`);
  return applied;
}
