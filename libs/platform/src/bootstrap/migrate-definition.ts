import { loadConfig } from '../config/load-config';
import { ServiceConfig } from '../config/service-config';
import { migrateService } from '../persistence/service-database';
import { PLATFORM_MIGRATIONS } from '../platform.module';
import type { ServiceDefinition } from './run-service';

/**
 * `main.js migrate`: creates the service's schema if missing, applies the platform's migrations and
 * then its own as the owner role, and grants the service's role its access. It reads the database
 * settings only, never the service's own (vault or channel keys): the migrate job holds the owner's
 * password and nothing else (deploy/k8s/base/migrate.yaml).
 */
export async function migrateDefinition(definition: ServiceDefinition): Promise<string[]> {
  const applied = await migrateService({
    service: definition.service,
    // PORT has no default in the shared settings, and a migration listens on nothing.
    config: loadConfig(definition.service, ServiceConfig, { PORT: 3000 }),
    entities: definition.entities,
    migrations: [...PLATFORM_MIGRATIONS, ...definition.migrations],
    access: definition.databaseAccess,
  });
  // stdout, not the logger: the migrate job's output is this one line per service.
  process.stdout.write(`${definition.service}: ${applied.length ? applied.join(', ') : 'up to date'}\n`);
  return applied;
}
