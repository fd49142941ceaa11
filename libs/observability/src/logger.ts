import { LoggerService } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import pino, { DestinationStream, Logger } from 'pino';
import { PERSONAL_DATA_FIELDS } from './personal-data-fields';
import { currentContext } from './request-context';

const redactPaths = PERSONAL_DATA_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]);

/**
 * Structured JSON logs: service, trace and span ids, correlation id; personal-data field names
 * are redacted at any depth we can name, and request bodies are never logged in the first place.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: `relais-${service}` },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: safeError, error: safeError },
    mixin() {
      const span = trace.getActiveSpan()?.spanContext();
      const ctx = currentContext();
      return {
        ...(span ? { traceId: span.traceId, spanId: span.spanId } : {}),
        ...(ctx ? { correlationId: ctx.correlationId } : {}),
      };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Fields of database and driver errors that can hold row values (statement parameters, key details). */
const UNSAFE_ERROR_FIELDS = new Set(['parameters', 'query', 'driverError', 'detail', 'where', 'internalQuery', 'hint']);

/**
 * An error as it may be logged: name, message, code, stack and the names of what failed
 * (constraint, table, column) — never the statement's parameters or the row values Postgres
 * quotes in `detail`, which can be personal data or a caseworker's note.
 */
export function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) {
    if (UNSAFE_ERROR_FIELDS.has(key) || key === 'message' || key === 'stack') continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
  }
  return out;
}

/** Routes Nest's own logging through pino so every line has the same shape. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  // Nest's own `log` calls are start-up chatter (modules loaded, routes mapped): debug level.
  log(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, stack: trace }, stringify(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace', message: unknown, context?: string): void {
    if (message !== null && typeof message === 'object') this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  return typeof message === 'string' ? message : JSON.stringify(message);
}
