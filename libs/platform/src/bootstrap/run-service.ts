import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServiceName } from '@relais/contracts';
import { connectEventTransport } from '@relais/messaging';
import { PinoLoggerService } from '@relais/observability';
import { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';
import { Catalogue, Language, registerMessages } from '../i18n/messages';
import { ROOT_LOGGER, SERVICE_CONFIG } from '../tokens';
import { configureHttp } from './configure-http';

export interface ServiceDefinition {
  service: ServiceName;
  module: Type;
  title: string;
  description: string;
  messages?: Record<Language, Catalogue>;
  /** Largest JSON body accepted (default 5mb). */
  bodyLimit?: string;
}

/** Builds the service exactly as it runs, without listening: main.ts listens, tests use it as is. */
export async function createServiceApp(definition: ServiceDefinition): Promise<INestApplication> {
  if (definition.messages) registerMessages(definition.messages);
  const app = await NestFactory.create(definition.module, { bufferLogs: true, bodyParser: false, abortOnError: false });
  const logger = app.get<Logger>(ROOT_LOGGER);
  app.useLogger(new PinoLoggerService(logger));
  configureHttp(app, { service: definition.service, title: definition.title, description: definition.description, logger, bodyLimit: definition.bodyLimit });
  app.enableShutdownHooks();
  await connectEventTransport(app);
  return app;
}

/** main.ts: build, listen, and say where. A failure to start ends the process with the reason. */
export async function runService(definition: ServiceDefinition): Promise<INestApplication> {
  const app = await createServiceApp(definition);
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  await app.listen(config.PORT, config.HOST);
  app.get<Logger>(ROOT_LOGGER).info(
    { port: config.PORT, docs: `http://127.0.0.1:${config.PORT}/api/docs` },
    `relais-${definition.service} ready`,
  );
  return app;
}
