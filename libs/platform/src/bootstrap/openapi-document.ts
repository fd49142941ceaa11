import { writeFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ServiceDefinition } from './run-service';

/** The OpenAPI document of a built app: served at /api/docs-json and checked in under docs/openapi. */
export function openApiDocument(app: INestApplication, setup: { title: string; description: string }): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(setup.title)
      .setDescription(setup.description)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addSecurityRequirements('bearer')
      .build(),
  );
}

/**
 * The same document without a database, a broker or any configuration: Nest's preview mode
 * scans modules and controllers but instantiates no provider, and the document needs only the
 * controllers' metadata.
 */
export async function previewOpenApiDocument(definition: ServiceDefinition): Promise<OpenAPIObject> {
  const app = await NestFactory.create(definition.module, { preview: true, logger: false, abortOnError: false, bodyParser: false });
  try {
    return openApiDocument(app, definition);
  } finally {
    await app.close();
  }
}

/**
 * Stable text for the checked-in copy: paths and schemas in alphabetical order, so moving a
 * controller or an import does not churn the file or the generated types.
 */
export function openApiJson(document: OpenAPIObject): string {
  const sorted: OpenAPIObject = {
    ...document,
    paths: sortKeys(document.paths),
    ...(document.components && {
      components: { ...document.components, ...(document.components.schemas && { schemas: sortKeys(document.components.schemas) }) },
    }),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `main.ts openapi <file>`: writes the service's document for `npm run openapi`, then exits. */
export async function writeOpenApiDocument(definition: ServiceDefinition, file: string | undefined): Promise<void> {
  if (!file) throw new Error('usage: main.ts openapi <output file>');
  writeFileSync(file, openApiJson(await previewOpenApiDocument(definition)));
}
