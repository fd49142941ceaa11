import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServiceName } from '@relais/contracts';
import { connectEventTransport } from '@relais/messaging';
import { PinoLoggerService } from '@relais/observability';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config/service-config';
import { Catalogue, Language, registerMessages } from '../i18n/messages';
import { ServiceDatabaseAccess } from '../persistence/service-database';
import { ROOT_LOGGER, SERVICE_CONFIG } from '../tokens';
import { configureHttp } from './configure-http';
import { BuiltSchema, definitionDrift } from './definition-drift';
import { startRetrying } from './start-retrying';

/**
 * Everything the shared entry point (serviceMain) needs to serve, migrate or document a service:
 * the module to run, and what `migrate` applies without starting it.
 */
export interface ServiceDefinition {
  service: ServiceName;
  module: Type;
  title: string;
  description: string;
  messages?: Record<Language, Catalogue>;
  /** Largest JSON body accepted (default 5mb). */
  bodyLimit?: string;
  // The service's own entities and migrations, as given to PlatformModule.forService; `migrate`
  // adds the platform's before them. TypeORM's own typing for entity and migration classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** What the service's database role needs beyond reading and writing its tables. */
  databaseAccess?: ServiceDatabaseAccess;
}

/**
 * Builds the service exactly as it runs, without listening: main.ts listens, tests use it as is.
 * `onFailure` receives what closes the application if a later step of the start fails.
 */
export async function createServiceApp(definition: ServiceDefinition, onFailure?: (cleanup: () => Promise<unknown>) => void): Promise<INestApplication> {
  if (definition.messages) registerMessages(definition.messages);
  const app = await NestFactory.create(definition.module, { bufferLogs: true, bodyParser: false, abortOnError: false });
  onFailure?.(() => app.close());
  const drift = definitionDrift(definition, app.get(DataSource).options as BuiltSchema);
  if (drift.length) throw new Error(`relais-${definition.service}: its service definition and its module disagree: ${drift.join('; ')}`);
  const logger = app.get<Logger>(ROOT_LOGGER);
  app.useLogger(new PinoLoggerService(logger));
  configureHttp(app, { service: definition.service, title: definition.title, description: definition.description, logger, bodyLimit: definition.bodyLimit });
  app.enableShutdownHooks();
  await connectEventTransport(app);
  return app;
}

/**
 * main.ts: build, listen, and say where. Postgres or Kafka away for a moment makes the whole start
 * begin again (see startRetrying); any other failure ends the process with the reason.
 */
export async function runService(definition: ServiceDefinition): Promise<INestApplication> {
  let logger: Logger | undefined;
  const app = await startRetrying(
    async (onFailure) => {
      const app = await createServiceApp(definition, onFailure);
      logger = app.get<Logger>(ROOT_LOGGER);
      const config = app.get<ServiceConfig>(SERVICE_CONFIG);
      await app.listen(config.PORT, config.HOST);
      return app;
    },
    {
      onRetry: (error, attempt, delayMs) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (logger) logger.warn({ attempt, delayMs, reason }, `relais-${definition.service}: Postgres or Kafka unreachable during start-up, starting again`);
        else console.error(`relais-${definition.service}: Postgres or Kafka unreachable during start-up (${reason}), starting again in ${delayMs} ms`);
      },
    },
  );
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  app.get<Logger>(ROOT_LOGGER).info(
    { port: config.PORT, docs: `http://127.0.0.1:${config.PORT}/api/docs` },
    `relais-${definition.service} ready`,
  );
  return app;
}
