import { uuidv7 } from '@relais/contracts';
import { runWithContext } from '@relais/observability';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { errorBody } from '../errors/error-body';
import { negotiateLanguage } from '../i18n/messages';
import { jsonDepthExceeds } from './json-depth';

/** A request without a bearer token opens no route that takes a body: no reason to read much of it. */
const ANONYMOUS_BODY_LIMIT = '16kb';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Correlation id (kept from `X-Correlation-Id` or new) and language, for everything the request does. */
export function requestContext() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-correlation-id');
    const correlationId = given && CORRELATION_ID.test(given) ? given : uuidv7();
    const language = negotiateLanguage(req.header('accept-language'));
    res.setHeader('X-Correlation-Id', correlationId);
    res.setHeader('Content-Language', language);
    runWithContext({ correlationId, language }, next);
  };
}

/** One line per request: method, path without query, status, duration. Never headers or bodies. */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (req.path.startsWith('/health') || req.path === '/metrics') return;
      logger.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    next();
  };
}

/**
 * JSON bodies only, answered in the common error shape when malformed, too large, too deep or of
 * another type: express's own parser would answer those in HTML, outside Nest's exception filters.
 * Bodies are parsed before the token is checked, so a caller without one gets a small limit.
 */
export function jsonBody(limit: string) {
  const parseSigned = express.json({ limit, strict: true });
  const parseAnonymous = express.json({ limit: ANONYMOUS_BODY_LIMIT, strict: true });
  return (req: Request, res: Response, next: NextFunction): void => {
    const parse = /^Bearer \S/i.test(req.header('authorization') ?? '') ? parseSigned : parseAnonymous;
    const hasBody = Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
    if (hasBody && ['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
      res.status(415).json(errorBody(415, 'UNSUPPORTED_MEDIA_TYPE', { correlationId: res.getHeader('X-Correlation-Id') as string }));
      return;
    }
    parse(req, res, (error?: { type?: string; status?: number }) => {
      const correlationId = res.getHeader('X-Correlation-Id') as string;
      if (!error) {
        if (!jsonDepthExceeds(req.body)) return next();
        res.status(400).json(errorBody(400, 'JSON_TOO_DEEP', { correlationId }));
        return;
      }
      if (error.type === 'entity.too.large') res.status(413).json(errorBody(413, 'PAYLOAD_TOO_LARGE', { correlationId }));
      else res.status(400).json(errorBody(400, 'MALFORMED_JSON', { correlationId }));
    });
  };
}
