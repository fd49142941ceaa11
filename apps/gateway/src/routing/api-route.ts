import { SERVICES, ServiceName } from '@relais/contracts';

export type ApiRoute =
  /** Forward to `service` at `path` (its own `/api/v…` path, query string kept as sent). */
  | { kind: 'proxy'; service: ServiceName; path: string }
  /** Under /api but nothing the gateway forwards: unknown service, docs, health, metrics, tricks. */
  | { kind: 'not-found' };

const BASE = 'http://gateway.invalid';

/**
 * Maps `/api/<service>/v<N>/…` to that service's `/api/v<N>/…`; undefined when the URL is not
 * under /api at all (the web app's business). Only versioned API routes pass: Swagger
 * (`/api/docs*`), health and metrics are never reachable, whatever their spelling, because they
 * are not on the allow-list rather than because a deny-list thought of them.
 */
export function resolveApiRoute(rawUrl: string): ApiRoute | undefined {
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);
  const path = normalisePath(rawPath);
  if (path !== '/api' && !path.startsWith('/api/')) return undefined;
  // An encoded slash or backslash would let a service see a different path than the one checked here.
  if (/%(2f|5c)/i.test(rawPath)) return { kind: 'not-found' };
  const [, , service, version, ...rest] = path.split('/');
  if (!isService(service) || !/^v\d+$/.test(version ?? '')) return { kind: 'not-found' };
  return { kind: 'proxy', service, path: ['/api', version, ...rest].join('/') + query };
}

/** Dot segments resolved (also when percent-encoded), backslashes as slashes, repeated slashes folded. */
export function normalisePath(rawPath: string): string {
  // Folded first: `//api/…` or `/\\api/…` would otherwise parse as a host name.
  const folded = `/${rawPath}`.replace(/[\\/]+/g, '/');
  try {
    return new URL(folded, BASE).pathname.replace(/\/{2,}/g, '/');
  } catch {
    return '/';
  }
}

function isService(name: string | undefined): name is ServiceName {
  return (SERVICES as readonly string[]).includes(name ?? '');
}
