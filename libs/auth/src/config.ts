/**
 * Who Relais trusts to sign tokens, read once at start-up from the environment.
 *
 * The identity provider (Keycloak, or a ministry's own OpenID provider) signs the tokens people and
 * partner systems use. Outside production, the local development key is trusted beside it, so
 * `npm run token`, the demo and the tests keep working next to real sign-in.
 */
export interface AuthConfig {
  audience: string;
  clockToleranceSeconds: number;
  identityProvider?: IdentityProviderConfig;
  localKey?: LocalKeyConfig;
}

export interface IdentityProviderConfig {
  issuer: string;
  /** Keycloak's `/realms/<realm>/protocol/openid-connect/certs`. */
  jwksUrl: string;
  /** The `azp` (client) values accepted: the web app, partner systems' confidential clients. */
  allowedClients: string[];
  /** `exp - iat` above this is refused: a stolen long-lived token is worth more than a short one. */
  maxLifetimeSeconds: number;
}

export interface LocalKeyConfig {
  issuer: string;
  /** Where the local development key lives; unset means `<repo>/.relais/keys`. */
  keysDir?: string;
  maxLifetimeSeconds: number;
}

/** The issuer of tokens minted with the local development key. */
export const DEFAULT_ISSUER = 'relais-local';
export const DEFAULT_AUDIENCE = 'relais';
/** Enough for a server whose clock drifts a little, too little to matter for a 5-minute token. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
/** Keycloak's realm gives 300 s; the default leaves room for a provider configured a little longer. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 900;
/** Development tokens last a working day (8 h by default); nothing longer is accepted. */
export const LOCAL_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/** The `iss` and `aud` of tokens minted with the local development key. */
export function tokenIdentityFromEnv(env: NodeJS.ProcessEnv = process.env): { issuer: string; audience: string } {
  return { issuer: DEFAULT_ISSUER, audience: nonEmpty(env.AUTH_AUDIENCE) ?? DEFAULT_AUDIENCE };
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const production = env.NODE_ENV === 'production';
  const identityProvider = identityProviderFromEnv(env, production);
  // In production the local key would be a per-container secret nobody can sign with, or worse a
  // copied file anyone can: refuse to start rather than run with either.
  if (production && identityProvider === undefined) {
    throw new Error('AUTH_JWKS_URL must be set when NODE_ENV=production (the local signing key is for development only)');
  }
  const localKeyOff = nonEmpty(env.AUTH_LOCAL_KEY) === 'off';
  if (localKeyOff && identityProvider === undefined) {
    throw new Error('AUTH_LOCAL_KEY=off leaves no way to verify tokens: set AUTH_JWKS_URL and AUTH_ISSUER');
  }
  const config: AuthConfig = {
    audience: nonEmpty(env.AUTH_AUDIENCE) ?? DEFAULT_AUDIENCE,
    clockToleranceSeconds: DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
  if (identityProvider) config.identityProvider = identityProvider;
  if (!production && !localKeyOff) {
    config.localKey = { issuer: DEFAULT_ISSUER, maxLifetimeSeconds: LOCAL_MAX_TOKEN_LIFETIME_SECONDS };
    const keysDir = nonEmpty(env.AUTH_KEYS_DIR);
    if (keysDir) config.localKey.keysDir = keysDir;
  }
  return config;
}

function identityProviderFromEnv(env: NodeJS.ProcessEnv, production: boolean): IdentityProviderConfig | undefined {
  const jwksUrl = nonEmpty(env.AUTH_JWKS_URL);
  if (jwksUrl === undefined) return undefined;
  assertJwksUrl(jwksUrl, production);
  const issuer = nonEmpty(env.AUTH_ISSUER);
  if (issuer === undefined) throw new Error('AUTH_ISSUER must be set with AUTH_JWKS_URL (the realm URL, e.g. https://sso.example/realms/relais)');
  if (issuer === DEFAULT_ISSUER) throw new Error(`AUTH_ISSUER must not be "${DEFAULT_ISSUER}", the issuer of the local development key`);
  return {
    issuer,
    jwksUrl,
    allowedClients: listOf(env.AUTH_ALLOWED_CLIENTS) ?? (production ? ['relais-web'] : ['relais-web', 'relais-dev']),
    maxLifetimeSeconds: positiveInteger(env.AUTH_MAX_TOKEN_LIFETIME_SECONDS, 'AUTH_MAX_TOKEN_LIFETIME_SECONDS') ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function listOf(value: string | undefined): string[] | undefined {
  const items = (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  const text = nonEmpty(value);
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive whole number of seconds (got "${text}")`);
  return number;
}

function assertJwksUrl(value: string, production: boolean): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`AUTH_JWKS_URL "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`AUTH_JWKS_URL "${value}" must be an http(s) URL`);
  }
  // Keys fetched in clear can be swapped on the way: anyone on the path could then sign tokens.
  if (production && url.protocol !== 'https:') {
    throw new Error(`AUTH_JWKS_URL "${value}" must use https when NODE_ENV=production`);
  }
}
