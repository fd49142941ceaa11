/** How tokens are issued and checked, read once at start-up from the environment. */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** Keycloak's `/realms/<realm>/protocol/openid-connect/certs`; unset means the local development key. */
  jwksUrl?: string;
  /** Where the local development key lives; unset means `<repo>/.relais/keys`. */
  keysDir?: string;
  clockToleranceSeconds: number;
}

export const DEFAULT_ISSUER = 'relais-local';
export const DEFAULT_AUDIENCE = 'relais';
/** Enough for a server whose clock drifts a little, too little to matter for an 8-hour token. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/** The `iss` and `aud` that tokens carry: Keycloak's realm URL and the Relais client, or the local defaults. */
export function tokenIdentityFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<AuthConfig, 'issuer' | 'audience'> {
  return {
    issuer: nonEmpty(env.AUTH_ISSUER) ?? DEFAULT_ISSUER,
    audience: nonEmpty(env.AUTH_AUDIENCE) ?? DEFAULT_AUDIENCE,
  };
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const jwksUrl = nonEmpty(env.AUTH_JWKS_URL);
  if (jwksUrl !== undefined) assertHttpUrl(jwksUrl);
  // In production the local key would be a per-container secret nobody can sign with, or worse a
  // copied file anyone can: refuse to start rather than run with either.
  if (env.NODE_ENV === 'production' && jwksUrl === undefined) {
    throw new Error('AUTH_JWKS_URL must be set when NODE_ENV=production (the local signing key is for development only)');
  }
  return {
    ...tokenIdentityFromEnv(env),
    jwksUrl,
    keysDir: nonEmpty(env.AUTH_KEYS_DIR),
    clockToleranceSeconds: DEFAULT_CLOCK_TOLERANCE_SECONDS,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function assertHttpUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`AUTH_JWKS_URL "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`AUTH_JWKS_URL "${value}" must be an http(s) URL`);
  }
}
