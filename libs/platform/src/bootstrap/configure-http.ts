import { INestApplication, ValidationPipe } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'pino';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { RequestValidationException } from '../errors/validation-errors';
import { accessLog, jsonBody, requestContext } from '../http/middleware';
import { securityHeaders } from '../http/security-headers';
import { openApiDocument } from './openapi-document';

export interface HttpSetup {
  service: string;
  title: string;
  description: string;
  logger: Logger;
  /** Largest accepted JSON body; a batch of identifications from an offline station needs a few MB. */
  bodyLimit?: string;
  /** HSTS is sent in production only (a development machine serves plain http on 127.0.0.1). */
  production?: boolean;
}

/**
 * The HTTP conventions every service shares, applied the same way in production and in tests:
 * correlation ids, JSON bodies, strict validation (unknown fields rejected, 400 field by field),
 * one error shape in French or English, OpenAPI at /api/docs and /api/docs-json.
 */
export function configureHttp(app: INestApplication, setup: HttpSetup): void {
  app.use(securityHeaders(setup.production ?? process.env.NODE_ENV === 'production'));
  app.use(requestContext());
  app.use(accessLog(setup.logger));
  app.use(jsonBody(setup.bodyLimit ?? '5mb'));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => new RequestValidationException(errors),
    }),
  );
  app.useGlobalFilters(new HttpErrorFilter(setup.logger));
  const document = openApiDocument(app, setup);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml' });
}
