import { RequestHandler } from 'express';
import { SERVICES, ServiceName } from '@relais/contracts';
import { GatewayConfig } from '../gateway.config';
import { forward } from '../proxy/proxy';
import { upstreamRequestHeaders } from '../proxy/forwarded-headers';
import { resolveApiRoute } from '../routing/api-route';
import { bodyLimitFor } from '../routing/body-limit';
import { answerError } from './error-answer';

/** `/api/<service>/v…` to the service; anything else under /api is a 404 in the services' shape. */
export function apiProxy(config: GatewayConfig): RequestHandler {
  const upstreams = Object.fromEntries(SERVICES.map((s) => [s, config.upstream(s)])) as Record<ServiceName, URL>;
  const limits = { default: config.BODY_LIMIT_BYTES, batch: config.BATCH_BODY_LIMIT_BYTES };
  return (req, res, next) => {
    const route = resolveApiRoute(req.originalUrl);
    if (!route) return next();
    // Answers of the API can carry personal data: no cache, the browser's or a proxy's, may keep them.
    res.setHeader('Cache-Control', 'no-store');
    if (route.kind === 'not-found') return answerError(req, res, 404, 'NOT_FOUND');
    const base = upstreams[route.service];
    const headers = upstreamRequestHeaders(req.headers, {
      clientIp: req.socket.remoteAddress ?? '',
      proto: req.protocol,
      host: req.headers.host ?? '',
      upstreamHost: base.host,
      correlationId: String(res.getHeader('X-Correlation-Id')),
      trustForwarded: config.TRUST_FORWARDED_HEADERS,
    });
    const target = {
      service: route.service,
      base,
      path: route.path,
      headers,
      bodyLimit: bodyLimitFor(req.method, route.service, route.path, limits),
      timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    };
    forward(req, res, target, (failure) => {
      if (failure.status === 413) answerError(req, res, 413, failure.code, { details: { limit: failure.limit } });
      else answerError(req, res, failure.status, failure.code, { params: { service: route.service } });
    });
  };
}
