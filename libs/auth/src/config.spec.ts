import { authConfigFromEnv } from './config';

const KEYCLOAK = {
  AUTH_JWKS_URL: 'https://sso.example/realms/relais/protocol/openid-connect/certs',
  AUTH_ISSUER: 'https://sso.example/realms/relais',
};

describe('authConfigFromEnv', () => {
  it('defaults to the local key, issuer relais-local and audience relais', () => {
    expect(authConfigFromEnv({})).toEqual({
      audience: 'relais',
      clockToleranceSeconds: 30,
      localKey: { issuer: 'relais-local', maxLifetimeSeconds: 86400 },
    });
  });

  it('trusts Keycloak and, outside production, the local key beside it', () => {
    expect(authConfigFromEnv({ ...KEYCLOAK, AUTH_KEYS_DIR: '/tmp/keys' })).toEqual({
      audience: 'relais',
      clockToleranceSeconds: 30,
      identityProvider: { ...keycloakConfig(), allowedClients: ['relais-web', 'relais-dev'] },
      localKey: { issuer: 'relais-local', keysDir: '/tmp/keys', maxLifetimeSeconds: 86400 },
    });
  });

  it('trusts only Keycloak in production, and only the web client unless told otherwise', () => {
    expect(authConfigFromEnv({ ...KEYCLOAK, AUTH_AUDIENCE: 'relais-api', NODE_ENV: 'production' })).toEqual({
      audience: 'relais-api',
      clockToleranceSeconds: 30,
      identityProvider: { ...keycloakConfig(), allowedClients: ['relais-web'] },
    });
  });

  it('reads the allowed clients and the longest token lifetime', () => {
    const config = authConfigFromEnv({ ...KEYCLOAK, AUTH_ALLOWED_CLIENTS: 'relais-web, ngo-case-tool ,', AUTH_MAX_TOKEN_LIFETIME_SECONDS: '600' });
    expect(config.identityProvider).toMatchObject({ allowedClients: ['relais-web', 'ngo-case-tool'], maxLifetimeSeconds: 600 });
    expect(() => authConfigFromEnv({ ...KEYCLOAK, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '5m' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
  });

  it('can refuse the local key outside production', () => {
    expect(authConfigFromEnv({ ...KEYCLOAK, AUTH_LOCAL_KEY: 'off' }).localKey).toBeUndefined();
    expect(() => authConfigFromEnv({ AUTH_LOCAL_KEY: 'off' })).toThrow(/no way to verify tokens/);
  });

  it('refuses a JWKS URL that is not http(s), and plain http in production', () => {
    expect(() => authConfigFromEnv({ ...KEYCLOAK, AUTH_JWKS_URL: 'sso.example/certs' })).toThrow(/not a URL/);
    expect(() => authConfigFromEnv({ ...KEYCLOAK, AUTH_JWKS_URL: 'file:///etc/keys.json' })).toThrow(/http\(s\)/);
    const plain = { ...KEYCLOAK, AUTH_JWKS_URL: 'http://sso.example/realms/relais/protocol/openid-connect/certs' };
    expect(() => authConfigFromEnv({ ...plain, NODE_ENV: 'production' })).toThrow(/must use https/);
    expect(authConfigFromEnv(plain).identityProvider?.jwksUrl).toBe(plain.AUTH_JWKS_URL);
  });

  it('needs the issuer with the key set, and not the local one', () => {
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: KEYCLOAK.AUTH_JWKS_URL })).toThrow(/AUTH_ISSUER must be set/);
    expect(() => authConfigFromEnv({ ...KEYCLOAK, AUTH_ISSUER: 'relais-local' })).toThrow(/must not be "relais-local"/);
  });

  it('refuses to run production on the local development key', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL must be set/);
  });
});

function keycloakConfig() {
  return { issuer: KEYCLOAK.AUTH_ISSUER, jwksUrl: KEYCLOAK.AUTH_JWKS_URL, maxLifetimeSeconds: 900 };
}
