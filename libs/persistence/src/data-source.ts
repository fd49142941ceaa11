import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { assertIdentifier } from './database';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own schema: every table it owns lives there, and nothing else does. */
  schema: string;
  // TypeORM's own typing for entity and migration lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

export function serviceDataSourceOptions(options: ServiceDataSourceOptions): DataSourceOptions {
  const schema = assertIdentifier(options.schema, 'schema');
  return {
    type: 'postgres',
    url: options.url,
    schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? `relais-${schema}`,
    // Raw SQL (migrations, the outbox relay) resolves unqualified names in the service's schema.
    extra: { options: `-c search_path=${schema}`, connectionTimeoutMillis: 10_000 },
  };
}

export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource(serviceDataSourceOptions(options));
}
