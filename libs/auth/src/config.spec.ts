import { authConfigFromEnv } from './config';

describe('authConfigFromEnv', () => {
  it('defaults to the local key, issuer relais-local and audience relais', () => {
    expect(authConfigFromEnv({})).toEqual({ issuer: 'relais-local', audience: 'relais', clockToleranceSeconds: 30 });
  });

  it('takes Keycloak settings from the environment', () => {
    const env = {
      AUTH_JWKS_URL: 'https://sso.example/realms/relais/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://sso.example/realms/relais',
      AUTH_AUDIENCE: 'relais-api',
      NODE_ENV: 'production',
    };
    expect(authConfigFromEnv(env)).toMatchObject({ jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: 'relais-api' });
  });

  it('refuses a JWKS URL that is not http(s)', () => {
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'sso.example/certs' })).toThrow(/not a URL/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'file:///etc/keys.json' })).toThrow(/http\(s\)/);
  });

  it('refuses to run production on the local development key', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL must be set/);
  });
});
