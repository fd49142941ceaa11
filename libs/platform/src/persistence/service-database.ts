import { createServiceDataSource, migrate, SchemaAccess } from '@relais/persistence';
import { ServiceConfig } from '../config/service-config';

/**
 * The platform's append-only tables and the columns a service may still set: audit_seal() fills
 * the chain columns of audit_log after commit (its guard trigger refuses any other change).
 */
export const PLATFORM_APPEND_ONLY: Readonly<Record<string, readonly string[]>> = {
  audit_log: ['seq', 'prev_hash', 'hash'],
};

/** What a service needs in its schema beyond reading and writing its tables (see SchemaAccess). */
export type ServiceDatabaseAccess = Pick<SchemaAccess, 'owns' | 'createsSchemas'>;

export function schemaAccess(service: string, config: ServiceConfig, extra: ServiceDatabaseAccess = {}): SchemaAccess {
  return { role: config.serviceDatabaseUser(service), appendOnly: PLATFORM_APPEND_ONLY, ...extra };
}

export interface MigrateServiceOptions {
  service: string;
  config: ServiceConfig;
  // TypeORM's own typing for entity and migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  access?: ServiceDatabaseAccess;
}

/** `<service> migrate` (npm run db:migrate): the owner role applies the migrations, then grants the service's role its access. */
export async function migrateService(options: MigrateServiceOptions): Promise<string[]> {
  const url = options.config.ownerDatabaseUrl();
  const dataSource = createServiceDataSource({
    url,
    schema: options.service,
    entities: options.entities,
    migrations: options.migrations,
    poolSize: 2,
    applicationName: `relais-${options.service}-migrate`,
  });
  try {
    return await migrate(dataSource, url, options.service, schemaAccess(options.service, options.config, options.access));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
