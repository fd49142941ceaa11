import { RequestHandler } from 'express';
import helmet from 'helmet';
import { GatewayConfig } from '../gateway.config';

/**
 * The Content-Security-Policy of everything the gateway serves. Scripts only from this origin
 * (no inline script, no eval): an injected `<script>` cannot run. Inline styles are allowed
 * because Mantine writes them. The identity provider is the only other origin: the app calls
 * its token endpoint, frames it for silent renew and posts the sign-in form to it.
 */
export function contentSecurityPolicy(keycloakOrigin: string, options: { production: boolean; frameable: boolean }): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", keycloakOrigin],
    // The silent sign-in iframe goes to Keycloak, which sends it back to the app's own /silent-renew.html.
    'frame-src': ["'self'", keycloakOrigin],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'", keycloakOrigin],
    // The silent-renew callback is framed by the app itself; nothing is ever framed by another site.
    'frame-ancestors': [options.frameable ? "'self'" : "'none'"],
    ...(options.production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** helmet, set once per kind of page; chosen per request by path. */
export function securityHeaders(config: GatewayConfig): RequestHandler {
  const build = (frameable: boolean) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: contentSecurityPolicy(config.keycloakOrigin, { production: config.production, frameable }),
      },
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'no-referrer' },
      // Over plain http (development, tests) HSTS would pin 127.0.0.1 to https in the browser.
      strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: frameable ? 'sameorigin' : 'deny' },
      xPoweredBy: false,
    });
  const framed = build(true);
  const strict = build(false);
  const frameable = new Set(config.frameablePaths);
  return (req, res, next) => {
    // An officer's phone needs the location for the place of identification; nothing else.
    res.setHeader('Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()');
    (frameable.has(req.path) ? framed : strict)(req, res, next);
  };
}
