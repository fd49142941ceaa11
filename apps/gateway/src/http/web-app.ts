import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';
import { Language, negotiateLanguage, translate } from '@relais/platform/edge';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every load: a stale index.html or sw.js would pin users to an old release. */
const REVALIDATE = 'no-cache';
const BUILD_COMMAND = 'npm run build:web';
/** Pages with their own light entry instead of the app: the public statistics, read without signing in. */
const OWN_PAGES: Record<string, string> = { '/statistiques': 'statistiques.html', '/en/statistics': 'statistiques.html' };

/**
 * The built web app. Hashed files under /assets never change, so browsers keep them a year; the
 * rest (index.html, sw.js, manifest, icons) is revalidated each time. Any other page the browser
 * asks for (`/officer/new`) is the app's own route: index.html answers it; `/statistiques` has a page of its own.
 */
export function webApp(distDir: string, signIn: { issuer: string; clientId: string }): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!existsSync(join(distDir, 'index.html'))) return notBuilt(req, res, distDir);
    next();
  });
  // Where the app signs in comes from the gateway's own AUTH_ISSUER, the same value its CSP allows,
  // so the two cannot disagree; other keys of the built file are kept.
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.json({ ...builtConfig(distDir), issuer: signIn.issuer.replace(/\/$/, ''), clientId: signIn.clientId });
  });
  // A missing hashed file is a 404, never index.html: a script tag must not receive HTML.
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      index: false,
      fallthrough: false,
      cacheControl: false,
      setHeaders: (res) => res.setHeader('Cache-Control', YEAR_IMMUTABLE),
    }),
  );
  router.use(
    express.static(distDir, {
      index: false,
      cacheControl: false,
      setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE),
    }),
  );
  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(join(distDir, OWN_PAGES[req.path.replace(/\/+$/, '')] ?? 'index.html'));
  });
  return router;
}

function builtConfig(distDir: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(distDir, 'config.json'), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A page an operator understands, in both languages, instead of a crash or a bare 404. */
function notBuilt(req: Request, res: Response, distDir: string): void {
  const first = negotiateLanguage(req.header('accept-language'));
  const order: Language[] = first === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  const section = (language: Language) =>
    `<section lang="${language}"><h1>${escape(translate('webApp.missing.title', {}, language))}</h1>` +
    `<p>${escape(translate('webApp.missing.body', { dir: distDir, command: BUILD_COMMAND }, language))}</p></section>`;
  res
    .status(503)
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Retry-After', '10')
    .type('html')
    .send(
      `<!doctype html><html lang="${first}"><head><meta charset="utf-8"><title>Relais</title></head>` +
        `<body>${order.map(section).join('<hr>')}</body></html>`,
    );
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
