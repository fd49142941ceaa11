import { ServiceName } from '@relais/contracts';
import { createServiceDataSource, migrate, OWNER_ROLE, serviceRole, TransactionHost, urlAsRole } from '@relais/persistence';
import { PLATFORM_APPEND_ONLY, PLATFORM_MIGRATIONS, ServiceDatabaseAccess } from '@relais/platform';
import { createTestDatabase, dropTestDatabase } from '@relais/test-infra';
import { DataSource, EntityManager } from 'typeorm';

export interface MediumOptions<R> {
  service: ServiceName;
  /** The service's own migrations (the platform's run first, as in production). */
  // TypeORM's own typing for migration and entity classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  access?: ServiceDatabaseAccess;
  /** Builds the service's real repositories on the transaction host. */
  repositories: (tx: TransactionHost) => R;
  /** Connections of the service's pool: enough for the concurrency a spec exercises. */
  poolSize?: number;
}

export interface MediumDatabase<R> {
  url: string;
  dataSource: DataSource;
  tx: TransactionHost;
  /** Outside any transaction: for a spec's own set-up and checks. */
  manager: EntityManager;
  repositories: R;
  close(): Promise<void>;
}

/**
 * The medium tier's ground: a scratch database set up as in production (the owner role applies the
 * platform's and the service's migrations and grants the service's role its access), then a pool
 * logged in as the service's role, so a use case meets the same tables, constraints and
 * privileges it meets in production; no Kafka, no HTTP. `close` drops the database.
 */
export async function mediumDatabase<R>(options: MediumOptions<R>): Promise<MediumDatabase<R>> {
  const adminUrl = await createTestDatabase(`m_${options.service}`);
  const migrations = [...PLATFORM_MIGRATIONS, ...options.migrations];
  const entities = options.entities ?? [];
  const ownerUrl = urlAsRole(adminUrl, OWNER_ROLE);
  // Two connections: migrate() holds one for its advisory lock while the migrations run on the other.
  const owner = createServiceDataSource({ url: ownerUrl, schema: options.service, entities, migrations, poolSize: 2 });
  try {
    await migrate(owner, ownerUrl, options.service, { role: serviceRole(options.service), appendOnly: PLATFORM_APPEND_ONLY, ...options.access });
  } finally {
    if (owner.isInitialized) await owner.destroy();
  }
  const dataSource = createServiceDataSource({
    url: urlAsRole(adminUrl, serviceRole(options.service)),
    schema: options.service,
    entities,
    migrations,
    poolSize: options.poolSize ?? 25,
  });
  await dataSource.initialize();
  const tx = new TransactionHost(dataSource);
  return {
    url: adminUrl,
    dataSource,
    tx,
    manager: dataSource.manager,
    repositories: options.repositories(tx),
    close: async () => {
      await dataSource.destroy();
      await dropTestDatabase(adminUrl);
    },
  };
}
