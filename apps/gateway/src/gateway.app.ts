import http from 'node:http';
import { AddressInfo } from 'node:net';
import express, { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { Logger } from 'pino';
import { uuidv7 } from '@relais/contracts';
import { runWithContext } from '@relais/observability';
import { negotiateLanguage } from '@relais/platform/edge';
import { GatewayConfig } from './gateway.config';
import { apiProxy } from './http/api-proxy';
import { publicRateLimit } from './http/rate-limit';
import { securityHeaders } from './http/security-headers';
import { webApp } from './http/web-app';
import { correlationIdFrom } from './proxy/forwarded-headers';

/** The gateway as an express app: headers first, then its own health, the API, the web app. */
export function createGatewayApp(config: GatewayConfig, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  // One hop (the ingress): its X-Forwarded-For entry is the client; earlier entries are the client's own claims.
  app.set('trust proxy', config.TRUST_FORWARDED_HEADERS ? 1 : false);
  app.use(requestContext());
  app.use(accessLog(logger));
  app.use(securityHeaders(config));
  app.get('/gateway/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.use(publicRateLimit(config));
  app.use(apiProxy(config));
  app.use(webApp(config.WEB_DIST_DIR, { issuer: config.AUTH_ISSUER, clientId: config.WEB_CLIENT_ID }));
  app.use((_req, res) => {
    res.status(404).type('text').send('Not found / Introuvable');
  });
  app.use(lastResort(logger));
  return app;
}

export interface RunningGateway {
  server: http.Server;
  url: string;
  close(graceMs?: number): Promise<void>;
}

export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const app = createGatewayApp(config, logger);
  const server = http.createServer(app);
  // "Expect: 100-continue" is answered by the proxy once the declared size is known to be acceptable.
  server.on('checkContinue', (req, res) => server.emit('request', req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: (graceMs = 5_000) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Event streams never end on their own; after the grace period they are cut.
        setTimeout(() => server.closeAllConnections(), graceMs).unref();
      }),
  };
}

function requestContext(): RequestHandler {
  return (req, res, next) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id'], uuidv7);
    res.setHeader('X-Correlation-Id', correlationId);
    runWithContext({ correlationId, language: negotiateLanguage(req.header('accept-language')) }, next);
  };
}

/** One line per request: method, path without query, status, duration; never headers or bodies. */
function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const path = req.path;
    const line = (status: number | string) => ({ method: req.method, path, status, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    res.on('close', () => {
      if (path === '/gateway/health') return;
      if (res.writableFinished) logger.info(line(res.statusCode), 'request');
      else logger.info(line('aborted'), 'request ended before its answer');
    });
    next();
  };
}

/** express.static's own 404s and anything unforeseen: a short answer, never a stack trace. */
function lastResort(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number }, req, res, _next) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error, path: req.path }, 'gateway error');
    if (res.headersSent) return void res.destroy();
    res.status(status).type('text').send(status === 404 ? 'Not found / Introuvable' : 'Error / Erreur');
  };
}
