import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ServiceName } from '@relais/contracts';
import { AUTH_MIGRATIONS, AuditSealer, AuthModule } from '@relais/auth';
import { DEFAULT_MESSAGING_OPTIONS, MESSAGING_MIGRATIONS, MessagingModule, messagingOptions } from '@relais/messaging';
import { createLogger } from '@relais/observability';
import { PersistenceModule } from '@relais/persistence';
import { Logger } from 'pino';
import { ServiceConfig } from './config/service-config';
import { schemaAccess, ServiceDatabaseAccess } from './persistence/service-database';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { WriteRateLimitInterceptor } from './http/write-rate-limit.interceptor';
import { CreateIdempotencyKeys1796083320000 } from './idempotency/20261201000200-create-idempotency-keys';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { ROOT_LOGGER, SERVICE_CONFIG } from './tokens';

export interface PlatformOptions<C extends ServiceConfig = ServiceConfig> {
  service: ServiceName;
  config: () => C;
  // TypeORM's own typing for entity and migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Test seams and tuning for the messaging library (the rest comes from the configuration). */
  messaging?: Partial<Parameters<typeof messagingOptions>[0]>;
  logger?: () => Logger;
  /** What the service's database role needs beyond reading and writing its tables. */
  databaseAccess?: ServiceDatabaseAccess;
}

/** The migrations every service shares, before its own: audit trail, outbox and inbox, idempotency keys. */
export const PLATFORM_MIGRATIONS = [...AUTH_MIGRATIONS, ...MESSAGING_MIGRATIONS, CreateIdempotencyKeys1796083320000];

/**
 * What every Relais service stands on: its configuration, database schema and migrations, the
 * outbox/inbox messaging, JWT authentication, the audit trail, health and metrics endpoints.
 */
@Module({})
export class PlatformModule {
  static forService<C extends ServiceConfig>(options: PlatformOptions<C>): DynamicModule {
    // Read when each app instance starts (never cached here), so tests can start several
    // instances of one module with different environments.
    const getConfig = () => options.config();
    const getLogger = () => options.logger?.() ?? createLogger(options.service, getConfig().LOG_LEVEL);
    const auth = AuthModule.forRoot();
    const modules: (DynamicModule | Type)[] = [
      PersistenceModule.forService({
        // The service's own role; the owner role migrates (production: a job, with MIGRATE_ON_START=false).
        url: () => getConfig().serviceDatabaseUrl(options.service),
        migrateAs: () => ({ url: getConfig().ownerDatabaseUrl(), access: schemaAccess(options.service, getConfig(), options.databaseAccess) }),
        schema: options.service,
        entities: options.entities,
        migrations: [...PLATFORM_MIGRATIONS, ...options.migrations],
        poolSize: () => getConfig().DB_POOL_SIZE,
        migrateOnStart: () => getConfig().MIGRATE_ON_START,
      }),
      MessagingModule.forService({
        logger: getLogger,
        options: () => {
          const c = getConfig();
          return messagingOptions({
            service: options.service,
            brokers: c.kafkaBrokers,
            namespace: c.KAFKA_NAMESPACE,
            topicPartitions: c.KAFKA_TOPIC_PARTITIONS,
            replicationFactor: c.KAFKA_REPLICATION_FACTOR,
            maxAttempts: c.MESSAGING_MAX_ATTEMPTS,
            retryBaseDelayMs: c.MESSAGING_RETRY_BASE_MS,
            ...options.messaging,
            consumer: {
              ...DEFAULT_MESSAGING_OPTIONS.consumer,
              transactionBatchSize: c.MESSAGING_TRANSACTION_BATCH_SIZE,
              ...options.messaging?.consumer,
            },
          });
        },
      }),
      auth,
      TerminusModule,
    ];
    return {
      module: PlatformModule,
      global: true,
      imports: modules,
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useFactory: getConfig },
        { provide: ROOT_LOGGER, useFactory: getLogger },
        IdempotencyStore,
        AuditSealer,
        { provide: APP_INTERCEPTOR, useClass: WriteRateLimitInterceptor },
      ],
      exports: [SERVICE_CONFIG, ROOT_LOGGER, IdempotencyStore, auth],
    };
  }
}
