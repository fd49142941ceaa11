import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { currentContext } from '@relais/observability';
import { isTransientConnectionError } from '@relais/persistence';
import { Logger } from 'pino';
import { currentLanguage } from '../i18n/messages';
import { DomainException } from './domain-exception';
import { ErrorBody, errorBody } from './error-body';
import { localizeValidationErrors, RequestValidationException } from './validation-errors';

interface HttpResponse {
  status(code: number): HttpResponse;
  setHeader?(name: string, value: string): void;
  json(body: unknown): void;
  headersSent?: boolean;
}

function isHealthReport(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && 'status' in payload && 'details' in payload;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Every HTTP error leaves in one shape, in the caller's language. A client's mistake is never a
 * 500; an unexpected failure is logged with its correlation id and answered without details.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (response.headersSent) return;
    // A failed health check keeps Terminus' own report: probes and operators read its details.
    if (exception instanceof HttpException && isHealthReport(exception.getResponse())) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader?.('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    const correlationId = currentContext()?.correlationId;
    if (exception instanceof RequestValidationException) {
      const errors = localizeValidationErrors(exception.validationErrors, currentLanguage());
      return errorBody(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', { errors, correlationId });
    }
    if (exception instanceof DomainException) {
      return errorBody(exception.httpStatus, exception.code, { params: exception.params, details: exception.params, correlationId });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const declared = typeof payload === 'object' && payload !== null ? (payload as { code?: unknown }).code : undefined;
      const code = typeof declared === 'string' ? declared : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'));
      if (status >= 500) this.logger.error({ err: exception }, 'request failed');
      return errorBody(status, code, { correlationId });
    }
    if (isTransientConnectionError(exception)) {
      // The database is away for a moment: the request changed nothing and can be sent again.
      this.logger.warn({ err: exception }, 'database unavailable');
      return errorBody(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', { correlationId });
    }
    this.logger.error({ err: exception }, 'request failed with an unexpected error');
    return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', { correlationId });
  }
}
