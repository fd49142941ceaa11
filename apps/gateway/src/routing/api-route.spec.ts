import { SERVICES } from '@relais/contracts';
import { normalisePath, resolveApiRoute } from './api-route';
import { bodyLimitFor } from './body-limit';

describe('resolveApiRoute', () => {
  it.each(SERVICES)('sends /api/%s/v1/… to that service’s /api/v1/…, query kept as sent', (service) => {
    expect(resolveApiRoute(`/api/${service}/v1/things/42?from=2026-01-01&x=%20a`)).toEqual({
      kind: 'proxy',
      service,
      path: '/api/v1/things/42?from=2026-01-01&x=%20a',
    });
  });

  it('keeps the colon of custom methods and a trailing slash', () => {
    expect(resolveApiRoute('/api/intake/v1/identifications:batch')).toMatchObject({ path: '/api/v1/identifications:batch' });
    expect(resolveApiRoute('/api/referral/v1/referrals/')).toMatchObject({ path: '/api/v1/referrals/' });
  });

  it('leaves everything outside /api to the web app', () => {
    for (const url of ['/', '/officer/new', '/statistiques', '/apis', '/assets/index-abc.js', '/gateway/health']) {
      expect(resolveApiRoute(url)).toBeUndefined();
    }
  });

  it.each([
    '/api',
    '/api/unknown/v1/x',
    '/api/INTAKE/v1/identifications',
    '/api/intake',
    '/api/intake/docs',
    '/api/intake/docs-json',
    '/api/intake/docs-yaml',
    '/api/intake/DOCS-JSON',
    '/api/intake/docs/swagger-ui-init.js',
    '/api/intake/health/ready',
    '/api/intake/metrics',
    '/api/intake/v1/../docs-json',
    '/api/intake/v1/%2e%2e/docs',
    '/api/intake/v1/..%2fdocs',
    '/api/intake/v1\\..\\docs',
    '/api/intake/v1%2F..%2Fdocs',
    '/api/intake//docs',
  ])('refuses %s', (url) => {
    expect(resolveApiRoute(url)).toEqual({ kind: 'not-found' });
  });

  it('resolves dot segments before choosing the service', () => {
    expect(resolveApiRoute('/api/statistics/../referral/v1/referrals')).toEqual({ kind: 'proxy', service: 'referral', path: '/api/v1/referrals' });
    expect(normalisePath('//api///intake/./v1')).toBe('/api/intake/v1');
    expect(normalisePath('/\\api\\intake')).toBe('/api/intake');
    // Climbing out of /api lands on the web app, never on a service's /metrics.
    expect(resolveApiRoute('/api/statistics/v1/../../intake/v1/x/../../../../metrics')).toBeUndefined();
  });
});

describe('bodyLimitFor', () => {
  const limits = { default: 1_000, batch: 6_000 };

  it('gives the batch route of intake the larger limit, however it is spelled', () => {
    expect(bodyLimitFor('POST', 'intake', '/api/v1/identifications:batch', limits)).toBe(6_000);
    expect(bodyLimitFor('POST', 'intake', '/api/v1/identifications%3Abatch?x=1', limits)).toBe(6_000);
  });

  it('gives everything else the default', () => {
    expect(bodyLimitFor('POST', 'intake', '/api/v1/identifications', limits)).toBe(1_000);
    expect(bodyLimitFor('PUT', 'intake', '/api/v1/identifications:batch', limits)).toBe(1_000);
    expect(bodyLimitFor('POST', 'referral', '/api/v1/identifications:batch', limits)).toBe(1_000);
  });
});
