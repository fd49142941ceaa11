import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** The API answers JSON only: nothing in it may run, frame or be framed. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers on every answer of a service, whether reached through the gateway or directly (an
 * operator's port-forward, a misrouted ingress): helmet's defaults (nosniff, no X-Powered-By,
 * frame denial, no referrer…), HSTS only in production, and `Cache-Control: no-store` so no
 * browser, proxy or shared phone keeps a copy of a person's details. Swagger UI, an HTML page with
 * its own scripts and styles, keeps helmet's page policy instead of the API's.
 */
export function securityHeaders(production: boolean) {
  const common = { hsts: production ? { maxAge: 31_536_000, includeSubDomains: true } : false } as const;
  const api = helmet({ ...common, contentSecurityPolicy: false });
  const docs = helmet({ ...common, contentSecurityPolicy: { useDefaults: true, directives: { 'upgrade-insecure-requests': null } } });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/api/docs')) return docs(req, res, next);
    api(req, res, () => {
      res.setHeader('Content-Security-Policy', API_CSP);
      res.setHeader('Cache-Control', 'no-store');
      next();
    });
  };
}
