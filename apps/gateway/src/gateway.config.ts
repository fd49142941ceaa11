import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { SERVICE_PORTS, ServiceName, SERVICES } from '@relais/contracts';
import { loadConfig } from '@relais/platform/edge';

const HTTP_URL = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/;
const urlRule = (name: string) => Matches(HTTP_URL, { message: `${name} must be an http(s) URL without query, e.g. http://127.0.0.1:3001` });
const MB = 1024 * 1024;

/**
 * What the gateway reads from the environment. It holds no data and no secret: only where the
 * services and the built web app are, who signs users in (for the CSP) and the body limits.
 */
export class GatewayConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV = 'development';

  /** 0 picks a free port (tests). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Interface to bind; 127.0.0.1 locally, 0.0.0.0 in containers. */
  @IsString()
  HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The web app as `vite build` leaves it: index.html, sw.js, manifest.webmanifest, assets/. */
  @IsString()
  @IsNotEmpty()
  WEB_DIST_DIR = join(workspaceRoot(), 'dist', 'apps', 'web');

  /** The OpenID issuer; its origin is the only other one the browser may talk to (CSP). */
  @urlRule('AUTH_ISSUER')
  AUTH_ISSUER = 'http://127.0.0.1:8080/realms/relais';

  /** The web app's OpenID client, served to it in /config.json with AUTH_ISSUER. */
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'WEB_CLIENT_ID must be a client id, e.g. relais-web' })
  WEB_CLIENT_ID = 'relais-web';

  /** Largest request body for any API route. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * MB)
  BODY_LIMIT_BYTES = 1 * MB;

  /** Largest body for a batch of identifications: an offline station sends a day's work at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * MB)
  BATCH_BODY_LIMIT_BYTES = 6 * MB;

  /** How long a service may take to start answering (after that: 504). Streams, once started, are not cut. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  UPSTREAM_TIMEOUT_MS = 30_000;

  /** Public and token-less API calls per client address and minute (0: no limit). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 120;

  /**
   * Behind a load balancer or ingress that sets X-Forwarded-*, keep what it says; at the edge
   * (the default) a client's own X-Forwarded-For is replaced, so it cannot pose as another address.
   */
  @Type(() => Boolean)
  @IsBoolean()
  TRUST_FORWARDED_HEADERS = false;

  /**
   * Pages the app itself may load in an iframe (oidc-client-ts's silent renew callback); every
   * other response says `frame-ancestors 'none'`.
   */
  @Matches(/^(\/[^\s,]*)(,\/[^\s,]*)*$/, { message: 'FRAMEABLE_PATHS must be a comma-separated list of paths, e.g. /silent-renew.html' })
  FRAMEABLE_PATHS = '/silent-renew.html';

  /** The default of every `<NAME>_URL` (declared below the class): the service on this machine. */
  constructor() {
    Object.assign(this, Object.fromEntries(SERVICES.map((s) => [upstreamSetting(s), local(s)])));
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  get keycloakOrigin(): string {
    return new URL(this.AUTH_ISSUER).origin;
  }

  get frameablePaths(): string[] {
    return this.FRAMEABLE_PATHS.split(',');
  }

  /** Where the service is: its `<NAME>_URL` setting (declared below the class, one per service). */
  upstream(service: ServiceName): URL {
    return new URL(Reflect.get(this, upstreamSetting(service)) as string);
  }
}

/**
 * Where each service of SERVICES is: INTAKE_URL, REFERRAL_URL, … (`<NAME>_URL`), by default on
 * 127.0.0.1 at its SERVICE_PORTS port (the constructor). Declared from the list rather than one
 * property each, so that a new service needs no line here; loadConfig reads and validates them
 * like the settings above.
 */
for (const service of SERVICES) urlRule(upstreamSetting(service))(GatewayConfig.prototype, upstreamSetting(service));

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig('gateway', GatewayConfig, {}, env);
}

function upstreamSetting(service: ServiceName): string {
  return `${service.toUpperCase()}_URL`;
}

function local(service: ServiceName): string {
  return `http://127.0.0.1:${SERVICE_PORTS[service]}`;
}

/** The directory holding nx.json above this file (source or dist), else the current directory. */
function workspaceRoot(start: string = __dirname): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return process.cwd();
}
