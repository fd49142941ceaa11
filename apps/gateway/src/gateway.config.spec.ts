import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES } from '@relais/contracts';
import { ConfigurationError } from '@relais/platform/edge';
import { loadGatewayConfig } from './gateway.config';

describe('loadGatewayConfig', () => {
  it('runs with no setting at all: port 3000, the five local services, the repository’s built app', () => {
    const config = loadGatewayConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.upstream('intake').href).toBe('http://127.0.0.1:3001/');
    expect(config.upstream('statistics').href).toBe('http://127.0.0.1:3005/');
    expect(config.WEB_DIST_DIR).toBe(join(__dirname, '..', '..', '..', 'dist', 'apps', 'web'));
    expect(config.keycloakOrigin).toBe('http://127.0.0.1:8080');
    expect(config.BODY_LIMIT_BYTES).toBe(1024 * 1024);
    expect(config.BATCH_BODY_LIMIT_BYTES).toBe(6 * 1024 * 1024);
    expect(config.production).toBe(false);
    expect(config.TRUST_FORWARDED_HEADERS).toBe(false);
    expect(config.frameablePaths).toEqual(['/silent-renew.html']);
  });

  it('reads and converts the environment', () => {
    const config = loadGatewayConfig({
      PORT: '8000', NODE_ENV: 'production', REFERRAL_URL: 'http://referral.internal:3002/base', AUTH_ISSUER: 'https://sso.example.org/realms/relais',
      BODY_LIMIT_BYTES: '2048', TRUST_FORWARDED_HEADERS: 'true', FRAMEABLE_PATHS: '/a.html,/b',
    });
    expect(config).toMatchObject({ PORT: 8000, BODY_LIMIT_BYTES: 2048, TRUST_FORWARDED_HEADERS: true, production: true });
    expect(config.upstream('referral').pathname).toBe('/base');
    expect(config.keycloakOrigin).toBe('https://sso.example.org');
    expect(config.frameablePaths).toEqual(['/a.html', '/b']);
  });

  it('reads each service of SERVICES from its <NAME>_URL, and refuses a bad one by that name', () => {
    const env = Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `http://${s}.internal:${SERVICE_PORTS[s]}`]));
    const config = loadGatewayConfig(env);
    for (const s of SERVICES) expect(config.upstream(s).href).toBe(`http://${s}.internal:${SERVICE_PORTS[s]}/`);

    const last = SERVICES[SERVICES.length - 1];
    expect(() => loadGatewayConfig({ [`${last.toUpperCase()}_URL`]: 'ftp://x' })).toThrow(
      `${last.toUpperCase()}_URL: ${last.toUpperCase()}_URL must be an http(s) URL without query, e.g. http://127.0.0.1:3001 (got "ftp://x")`,
    );
  });

  it('lists every problem at once', () => {
    let error: ConfigurationError | undefined;
    try {
      loadGatewayConfig({ PORT: 'eighty', INTAKE_URL: '127.0.0.1:3001', AUTH_ISSUER: 'ftp://sso', BODY_LIMIT_BYTES: '10', FRAMEABLE_PATHS: 'renew.html' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.problems.map((p) => p.split(':')[0]).sort()).toEqual(['AUTH_ISSUER', 'BODY_LIMIT_BYTES', 'FRAMEABLE_PATHS', 'INTAKE_URL', 'PORT']);
    expect(error!.message).toMatch(/^relais-gateway cannot start/);
  });
});
