import { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** Headers about one hop (RFC 9110 §7.6.1), never forwarded; `expect` too, the gateway answers it. */
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect',
]);

/** What a client may claim about earlier hops; only trusted behind a proxy that sets it. */
const FORWARDING = ['forwarded', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip'];

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export interface ForwardContext {
  clientIp: string;
  /** `http` or `https`, as the client reached the gateway. */
  proto: string;
  /** The Host the client asked for. */
  host: string;
  /** `host[:port]` of the service. */
  upstreamHost: string;
  correlationId: string;
  trustForwarded: boolean;
}

/** The request's headers as the service should see them. */
export function upstreamRequestHeaders(incoming: IncomingHttpHeaders, ctx: ForwardContext): OutgoingHttpHeaders {
  const out = withoutHopByHop(incoming);
  delete out.host;
  const earlierFor = ctx.trustForwarded ? single(incoming['x-forwarded-for']) : undefined;
  const proto = (ctx.trustForwarded && single(incoming['x-forwarded-proto'])) || ctx.proto;
  const host = (ctx.trustForwarded && single(incoming['x-forwarded-host'])) || ctx.host;
  if (!ctx.trustForwarded) for (const name of FORWARDING) delete out[name];
  return {
    ...out,
    host: ctx.upstreamHost,
    'x-forwarded-for': earlierFor ? `${earlierFor}, ${ctx.clientIp}` : ctx.clientIp,
    'x-forwarded-proto': proto,
    'x-forwarded-host': host,
    'x-correlation-id': ctx.correlationId,
  };
}

/** The service's answer as the browser should see it: no hop headers, no framework banner. */
export function downstreamResponseHeaders(upstream: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out = withoutHopByHop(upstream);
  delete out['x-powered-by'];
  return out;
}

/** The caller's correlation id when it is a sane token, otherwise a fresh one. */
export function correlationIdFrom(header: string | string[] | undefined, fresh: () => string): string {
  const given = single(header);
  return given && CORRELATION_ID.test(given) ? given : fresh();
}

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const drop = new Set([...HOP_BY_HOP, ...named]);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !drop.has(name)) out[name] = value;
  }
  return out;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
