import { WindowCounter } from '@relais/platform/edge';
import { RequestHandler } from 'express';
import { GatewayConfig } from '../gateway.config';
import { normalisePath } from '../routing/api-route';
import { answerError } from './error-answer';

// Case-insensitive, on the normalised path: the services' router is case-insensitive too.
const PUBLIC = /^\/api\/[^/]+\/v\d+\/public(\/|$)/i;

/**
 * Per client address, on the API calls anyone can make: public routes, and any call without a
 * token (which the service will refuse, but only after work). Signed-in users are limited by the
 * services, which know who they are. 429 in the services' shape, with Retry-After.
 */
export function publicRateLimit(config: GatewayConfig): RequestHandler {
  if (config.PUBLIC_RATE_LIMIT_PER_MINUTE === 0) return (_req, _res, next) => next();
  const counter = new WindowCounter(config.PUBLIC_RATE_LIMIT_PER_MINUTE, 60_000);
  return (req, res, next) => {
    const path = normalisePath(req.path);
    if (!path.startsWith('/api/')) return next();
    if (req.headers.authorization && !PUBLIC.test(path)) return next();
    const verdict = counter.hit(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) return next();
    res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    res.setHeader('Cache-Control', 'no-store');
    answerError(req, res, 429, 'TOO_MANY_REQUESTS');
  };
}
