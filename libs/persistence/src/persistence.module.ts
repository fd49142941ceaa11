import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createServiceDataSource, ServiceDataSourceOptions } from './data-source';
import { awaitMigrations } from './await-migrations';
import { migrate } from './migrate';
import { SchemaAccess } from './roles';
import { retryConnecting } from './retry-connecting';
import { TransactionHost } from './transaction-host';

export interface PersistenceModuleOptions extends Omit<ServiceDataSourceOptions, 'url' | 'poolSize'> {
  /** Read when the module starts, not when it is declared, so configuration is validated once, at start-up. */
  url: () => string;
  poolSize?: () => number;
  /** Apply pending migrations before the service starts (default). Off where a job migrates. */
  migrateOnStart?: () => boolean;
  /**
   * Migrate as another role (the owner) on a connection of its own, then grant the service's role
   * what it may do. Without it, the migrations run on the service's own connection.
   */
  migrateAs?: () => { url: string; access: SchemaAccess };
}

export const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  // Runs after the messaging transport has drained (it stops in beforeApplicationShutdown).
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

async function migrateOnStart(options: PersistenceModuleOptions, dataSource: DataSource, url: string): Promise<void> {
  const as = options.migrateAs?.();
  if (!as) return void (await migrate(dataSource, url, options.schema));
  const owner = createServiceDataSource({ ...options, url: as.url, poolSize: 2, applicationName: `relais-${options.schema}-migrate` });
  try {
    await migrate(owner, as.url, options.schema, as.access);
  } finally {
    if (owner.isInitialized) await owner.destroy();
  }
}

/** Provides the service's DataSource (one schema, its own migrations) and its TransactionHost. */
@Global()
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const url = options.url();
            const dataSource = createServiceDataSource({ ...options, url, poolSize: options.poolSize?.() });
            return retryConnecting(async () => {
              if (options.migrateOnStart?.() ?? true) await migrateOnStart(options, dataSource, url);
              if (!dataSource.isInitialized) await dataSource.initialize();
              if (!(options.migrateOnStart?.() ?? true)) await awaitMigrations(dataSource, options.schema);
              return dataSource;
            });
          },
        },
        { provide: TransactionHost, useFactory: (ds: DataSource) => new TransactionHost(ds), inject: [DataSource] },
        { provide: PERSISTENCE_OPTIONS, useValue: options },
        DataSourceLifecycle,
      ],
      exports: [DataSource, TransactionHost, PERSISTENCE_OPTIONS],
    };
  }
}
