import { contentSecurityPolicy } from './security-headers';

describe('contentSecurityPolicy', () => {
  const kc = 'http://127.0.0.1:8080';

  it('allows scripts from this origin only, never inline', () => {
    const csp = contentSecurityPolicy(kc, { production: false, frameable: false });
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
  });

  it('lets the app reach, frame and post to the identity provider only', () => {
    const csp = contentSecurityPolicy(kc, { production: false, frameable: false });
    expect(csp['connect-src']).toEqual(["'self'", kc]);
    expect(csp['frame-src']).toEqual(["'self'", kc]);
    expect(csp['form-action']).toEqual(["'self'", kc]);
  });

  it('is never framed by another site, and only the renew page by the app itself', () => {
    expect(contentSecurityPolicy(kc, { production: false, frameable: false })['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy(kc, { production: false, frameable: true })['frame-ancestors']).toEqual(["'self'"]);
  });

  it('upgrades insecure requests in production only', () => {
    expect(contentSecurityPolicy(kc, { production: true, frameable: false })).toHaveProperty('upgrade-insecure-requests');
    expect(contentSecurityPolicy(kc, { production: false, frameable: false })).not.toHaveProperty('upgrade-insecure-requests');
  });
});
