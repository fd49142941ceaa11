import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createServiceDataSource, ServiceDataSourceOptions } from './data-source';
import { migrate } from './migrate';
import { retryConnecting } from './retry-connecting';
import { TransactionHost } from './transaction-host';

export interface PersistenceModuleOptions extends Omit<ServiceDataSourceOptions, 'url' | 'poolSize'> {
  /** Read when the module starts, not when it is declared, so configuration is validated once, at start-up. */
  url: () => string;
  poolSize?: () => number;
  /** Apply pending migrations before the service starts (default). Off where a job migrates. */
  migrateOnStart?: () => boolean;
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
              if (options.migrateOnStart?.() ?? true) await migrate(dataSource, url, options.schema);
              return dataSource.isInitialized ? dataSource : dataSource.initialize();
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
