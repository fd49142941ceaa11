import http, { OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { Request, Response } from 'express';
import { ServiceName } from '@relais/contracts';
import { BodyTooLargeError, ByteLimit } from './byte-limit';
import { downstreamResponseHeaders } from './forwarded-headers';

export interface ProxyTarget {
  service: ServiceName;
  /** The service's base URL (a path prefix, if any, is kept). */
  base: URL;
  /** The service's own path and query, e.g. `/api/v1/referrals?status=pending`. */
  path: string;
  headers: OutgoingHttpHeaders;
  bodyLimit: number;
  /** From the end of the request body to the service's first byte of answer. */
  timeoutMs: number;
}

export type ProxyFailure =
  | { status: 413; code: 'PAYLOAD_TOO_LARGE'; limit: number }
  | { status: 502; code: 'BAD_GATEWAY' }
  | { status: 504; code: 'GATEWAY_TIMEOUT' };

// Connections to the services are reused: a TLS or TCP handshake per browser request would cost more than the request.
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * Streams a request to a service and its answer back, never holding a whole body: a 6 MB batch
 * and a server-sent event stream both pass chunk by chunk. Headers the gateway has already set
 * (security headers, `Cache-Control`, correlation id) win over the service's.
 */
export function forward(req: Request, res: Response, target: ProxyTarget, fail: (failure: ProxyFailure) => void): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > target.bodyLimit) return refuse(req, res, target.bodyLimit, fail);

  const owned = new Set(res.getHeaderNames());
  const secure = target.base.protocol === 'https:';
  const basePath = target.base.pathname.replace(/\/$/, '');
  const upstream = (secure ? https : http).request({
    protocol: target.base.protocol,
    hostname: target.base.hostname,
    port: target.base.port || (secure ? 443 : 80),
    method: req.method,
    path: basePath + target.path,
    headers: target.headers,
    agent: secure ? agents.https : agents.http,
  });

  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  const settle = () => {
    settled = true;
    clearTimeout(timer);
  };

  // The clock starts once the body is sent: a slow phone uploading a batch is not the service's delay.
  upstream.on('finish', () => {
    if (settled) return;
    timer = setTimeout(() => {
      if (settled) return;
      settle();
      upstream.destroy();
      fail({ status: 504, code: 'GATEWAY_TIMEOUT' });
    }, target.timeoutMs);
  });

  upstream.on('response', (answer) => {
    if (settled) return void answer.resume();
    settle();
    for (const [name, value] of Object.entries(downstreamResponseHeaders(answer.headers))) {
      if (value !== undefined && !owned.has(name)) res.setHeader(name, value);
    }
    res.writeHead(answer.statusCode ?? 502);
    // An event stream's headers go out now, not with its first event, which may be minutes away.
    // Other answers keep headers and body in one write.
    if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) res.flushHeaders();
    answer.pipe(res);
    answer.on('close', () => {
      if (!answer.complete) res.destroy();
    });
  });

  upstream.on('error', () => {
    if (settled) return;
    settle();
    fail({ status: 502, code: 'BAD_GATEWAY' });
  });

  // The browser went away (tab closed, network lost): stop the service's work on its behalf.
  res.on('close', () => {
    if (!res.writableFinished) {
      settle();
      upstream.destroy();
    }
  });

  // The client waits for this before sending a large body it announced (see startGateway).
  if (String(req.headers.expect ?? '').toLowerCase() === '100-continue') res.writeContinue();
  const counter = new ByteLimit(target.bodyLimit);
  counter.on('error', (error) => {
    if (!(error instanceof BodyTooLargeError) || settled) return;
    settle();
    upstream.destroy();
    refuse(req, res, target.bodyLimit, fail);
  });
  req.pipe(counter).pipe(upstream);
}

/** 413 and close the connection: the rest of the body is read and dropped, never forwarded. */
function refuse(req: Request, res: Response, limit: number, fail: (failure: ProxyFailure) => void): void {
  req.unpipe();
  req.resume();
  res.setHeader('Connection', 'close');
  fail({ status: 413, code: 'PAYLOAD_TOO_LARGE', limit });
}
