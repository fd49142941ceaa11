import http from 'node:http';
import { rmSync, writeFileSync } from 'node:fs';
import { SERVICES } from '@relais/contracts';
import { RunningGateway } from '../src/gateway.app';
import { deadUrl, echoServer, gateway, silentServer, sseServer, Upstream, webDist } from './upstreams';

const MB = 1024 * 1024;

describe('gateway (in-process, real upstream HTTP servers)', () => {
  let echo: Upstream;
  let sse: Awaited<ReturnType<typeof sseServer>>;
  let silent: Awaited<ReturnType<typeof silentServer>>;
  let dist: string;
  let gw: RunningGateway;
  let failing: RunningGateway;

  beforeAll(async () => {
    [echo, sse, silent] = await Promise.all([echoServer(), sseServer(), silentServer()]);
    dist = webDist();
    // Each service behind its own path prefix on the echo server, so the echo tells which one was reached.
    const urls = Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `${echo.url}/${s}`]));
    gw = await gateway({ ...urls, WEB_DIST_DIR: dist, PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
    failing = await gateway({
      WEB_DIST_DIR: dist,
      INTAKE_URL: sse.url,
      REFERRAL_URL: await deadUrl(),
      PROSECUTION_URL: silent.url,
      STATISTICS_URL: echo.url,
      UPSTREAM_TIMEOUT_MS: '300',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    });
  });

  afterAll(async () => {
    sse.release();
    await Promise.all([gw.close(100), failing.close(100)]);
    await Promise.all([echo.close(), sse.close(), silent.close()]);
    rmSync(dist, { recursive: true, force: true });
  });

  describe('API routing', () => {
    it.each(SERVICES)('sends /api/%s/v1/… to that service’s /api/v1/…, with method, query, headers and status', async (service) => {
      const res = await fetch(`${gw.url}/api/${service}/v1/things/42?from=2026-01-01&q=%C3%A9t%C3%A9`, {
        method: 'PATCH',
        headers: { authorization: 'Bearer abc', 'content-type': 'application/json', 'x-correlation-id': 'corr-1', 'x-echo-status': '201' },
        body: JSON.stringify({ version: 3 }),
      });
      expect(res.status).toBe(201);
      const echoed = (await res.json()) as { method: string; url: string; headers: Record<string, string>; bodyLength: number };
      expect(echoed.method).toBe('PATCH');
      expect(echoed.url).toBe(`/${service}/api/v1/things/42?from=2026-01-01&q=%C3%A9t%C3%A9`);
      expect(echoed.bodyLength).toBe(JSON.stringify({ version: 3 }).length);
      expect(echoed.headers).toMatchObject({
        authorization: 'Bearer abc',
        'x-correlation-id': 'corr-1',
        'x-forwarded-proto': 'http',
        'x-forwarded-host': gw.url.slice('http://'.length),
      });
      expect(echoed.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1$/);
      expect(echoed.headers.host).toBe(echo.url.slice('http://'.length));
      expect(res.headers.get('x-correlation-id')).toBe('corr-1');
      expect(res.headers.get('x-upstream')).toBe('echo');
      expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    });

    it('does not let a client pose as another address, nor forward hop-by-hop headers', async () => {
      // fetch refuses to send a Connection header; node:http does not.
      const echoed = (await getJson(`${gw.url}/api/intake/v1/x`, {
        'x-forwarded-for': '6.6.6.6', connection: 'keep-alive, x-hop', 'x-hop': 'secret', te: 'trailers',
      })) as { headers: Record<string, string> };
      expect(echoed.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1$/);
      expect(echoed.headers.te).toBeUndefined();
      expect(echoed.headers['x-forwarded-for']).not.toContain('6.6.6.6');
      expect(echoed.headers['x-hop']).toBeUndefined();
    });

    it('answers no-store on the API and hides the service’s X-Powered-By and its own CSP', async () => {
      const res = await fetch(`${gw.url}/api/statistics/v1/public/statistics/victims`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self';");
    });

    it.each([
      '/api/intake/docs', '/api/intake/docs-json', '/api/intake/docs-yaml', '/api/referral/docs/swagger-ui-init.js',
      '/api/intake/health/ready', '/api/intake/health/live', '/api/statistics/metrics', '/api/intake/v1/../docs-json',
      '/api/intake/v1/%2e%2e/docs-json', '/api/intake/v1%2F..%2Fdocs-json', '/api/unknown/v1/x', '/api/v1/identifications',
    ])('refuses %s with a 404 in the services’ shape, reaching no service', async (path) => {
      const before = echo.started;
      const res = await fetch(`${gw.url}${path}`, { headers: { 'accept-language': 'en' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Resource not found.' });
      expect(echo.started).toBe(before);
    });

    it('never serves a service’s /metrics or /health from the root either', async () => {
      const before = echo.started;
      for (const path of ['/metrics', '/health/ready', '/api/intake/v1/../../../metrics']) {
        const res = await fetch(`${gw.url}${path}`, { headers: { accept: 'text/plain' } });
        expect(res.status).toBe(404);
      }
      expect(echo.started).toBe(before);
    });

    it('answers its own liveness at /gateway/health', async () => {
      const res = await fetch(`${gw.url}/gateway/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });
  });

  describe('body limits', () => {
    it('refuses a declared body over 1 MB before it reaches the service', async () => {
      const before = echo.started;
      const res = await fetch(`${gw.url}/api/referral/v1/referrals`, { method: 'POST', body: 'x'.repeat(MB + 1), headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit: MB } });
      expect(echo.started).toBe(before);
    });

    it('passes a body just under the limit', async () => {
      const res = await fetch(`${gw.url}/api/referral/v1/referrals`, { method: 'POST', body: 'x'.repeat(MB) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { bodyLength: number }).bodyLength).toBe(MB);
    });

    it('cuts a chunked body that grows past the limit, and the service never gets all of it', async () => {
      const before = echo.completed.length;
      const status = await sendChunked(`${gw.url}/api/intake/v1/identifications`, 64 * 1024, 40);
      expect(status).toBe(413);
      expect(echo.completed.length).toBe(before);
    });

    it('answers "Expect: 100-continue" with 413 at once when the declared size is over, with 100 otherwise', async () => {
      expect(await expectContinue(`${gw.url}/api/referral/v1/referrals`, MB + 1)).toEqual({ continued: false, status: 413 });
      expect(await expectContinue(`${gw.url}/api/referral/v1/referrals`, 1000)).toEqual({ continued: true, status: 200 });
    });

    it('lets an offline station send a 5 MB batch, chunked, but not 7 MB', async () => {
      const batch = `${gw.url}/api/intake/v1/identifications:batch`;
      expect(await sendChunked(batch, 64 * 1024, 80)).toBe(200);
      expect(echo.completed.at(-1)).toMatchObject({ url: '/intake/api/v1/identifications:batch', bodyLength: 80 * 64 * 1024 });
      const res = await fetch(batch, { method: 'POST', body: 'x'.repeat(7 * MB) });
      expect(res.status).toBe(413);
    });
  });

  describe('upstream failures', () => {
    it('answers 502 in French by default when the service is down', async () => {
      const res = await fetch(`${failing.url}/api/referral/v1/referrals`);
      expect(res.status).toBe(502);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toEqual({
        statusCode: 502,
        code: 'BAD_GATEWAY',
        message: 'Le service referral ne répond pas ; réessayez dans un instant.',
        correlationId: res.headers.get('x-correlation-id'),
      });
      expect(res.headers.get('content-language')).toBe('fr');
    });

    it('answers 502 in English when asked', async () => {
      const res = await fetch(`${failing.url}/api/referral/v1/referrals`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(res.status).toBe(502);
      expect(((await res.json()) as { message: string }).message).toBe('The referral service is not answering; try again in a moment.');
    });

    it('answers 504 when the service does not answer in time', async () => {
      const started = Date.now();
      const res = await fetch(`${failing.url}/api/prosecution/v1/cases`, { headers: { 'accept-language': 'en' } });
      expect(res.status).toBe(504);
      expect(await res.json()).toMatchObject({ code: 'GATEWAY_TIMEOUT', message: 'The prosecution service took too long to answer; try again in a moment.' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    });

    it('does not count a slow upload against the service’s time to answer', async () => {
      // 6 chunks 100 ms apart: twice the 300 ms timeout, all of it spent by the client.
      const status = await sendChunked(`${failing.url}/api/statistics/v1/x`, 1024, 6, 100);
      expect(status).toBe(200);
    });

    it('streams server-sent events as they come, before the service ends the stream', async () => {
      const res = await fetch(`${failing.url}/api/intake/v1/events`);
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const reader = res.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain('data: first');
      expect(sse.state.ended).toBe(false);
      sse.release();
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
      expect(rest).toContain('data: second');
      expect(sse.state.ended).toBe(true);
    });

    it('stops the upstream request when the browser goes away, and keeps serving', async () => {
      const upstream = await sseServer();
      const abortable = await gateway({ WEB_DIST_DIR: dist, INTAKE_URL: upstream.url });
      try {
        const controller = new AbortController();
        const res = await fetch(`${abortable.url}/api/intake/v1/events`, { signal: controller.signal });
        await res.body!.getReader().read();
        controller.abort();
        await eventually(() => expect(upstream.state.clientGone).toBe(true));
        expect((await fetch(`${abortable.url}/gateway/health`)).status).toBe(200);
      } finally {
        upstream.release();
        await abortable.close(100);
        await upstream.close();
      }
    });
  });

  it('limits public and token-less API calls per address: 429 with Retry-After, in the services’ shape', async () => {
    const limited = await gateway({ WEB_DIST_DIR: dist, STATISTICS_URL: echo.url, INTAKE_URL: echo.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const publicPath = `${limited.url}/api/statistics/v1/public/statistics/victims`;
      for (let i = 0; i < 3; i++) expect((await fetch(publicPath)).status).toBe(200);
      const refused = await fetch(publicPath, { headers: { 'accept-language': 'en' } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
      // A token does not lift the limit on public routes, however spelled, nor does it reach token-less calls…
      const token = { authorization: 'Bearer any' };
      expect((await fetch(`${limited.url}/api/statistics/V1/Public/statistics/victims`, { headers: token })).status).toBe(429);
      expect((await fetch(`${limited.url}/api/intake/v1/identifications`)).status).toBe(429);
      // …but signed-in calls are the services' to limit, and the web app is not limited.
      expect((await fetch(`${limited.url}/api/intake/v1/identifications`, { headers: token })).status).toBe(200);
      expect((await fetch(`${limited.url}/officer/new`, { headers: { accept: 'text/html' } })).status).toBe(200);
    } finally {
      await limited.close(100);
    }
  });

  it('stops within its grace period even with an event stream open', async () => {
    const upstream = await sseServer();
    const stopping = await gateway({ WEB_DIST_DIR: dist, INTAKE_URL: upstream.url });
    try {
      const res = await fetch(`${stopping.url}/api/intake/v1/events`);
      await res.body!.getReader().read();
      const started = Date.now();
      await stopping.close(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      await eventually(() => expect(upstream.state.clientGone).toBe(true));
    } finally {
      upstream.release();
      await upstream.close();
    }
  });

  describe('security headers', () => {
    it.each(['/', '/officer/new', '/assets/index-3f9a1c.js', '/api/intake/v1/x', '/api/nope', '/gateway/health'])('are on %s', async (path) => {
      const res = await fetch(`${gw.url}${path}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `))?.trim();
      expect(directive('script-src')).toBe("script-src 'self'");
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('connect-src')).toBe("connect-src 'self' http://127.0.0.1:8080");
      expect(directive('frame-src')).toBe("frame-src 'self' http://127.0.0.1:8080");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toBeNull();
    });

    it('add HSTS in production only, and take the identity provider from AUTH_ISSUER', async () => {
      const production = await gateway({ WEB_DIST_DIR: dist, NODE_ENV: 'production', AUTH_ISSUER: 'https://sso.relais.example/realms/relais' });
      try {
        const res = await fetch(`${production.url}/`);
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
        expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' https://sso.relais.example;");
      } finally {
        await production.close(100);
      }
    });

    it('let only the silent-renew page be framed, and by the app itself', async () => {
      writeSilentRenew(dist);
      const res = await fetch(`${gw.url}/silent-renew.html`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    });
  });

  describe('the web app', () => {
    it('serves hashed assets as immutable for a year', async () => {
      const res = await fetch(`${gw.url}/assets/index-3f9a1c.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toMatch(/javascript/);
    });

    it('answers a missing asset with 404, never with index.html', async () => {
      const res = await fetch(`${gw.url}/assets/index-000000.js`, { headers: { accept: '*/*' } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<!doctype html>');
    });

    it.each(['/index.html', '/sw.js', '/manifest.webmanifest'])('revalidates %s on every load', async (path) => {
      const res = await fetch(`${gw.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    });

    it('serves /config.json with the issuer its CSP allows, keeping the built file’s other keys', async () => {
      const res = await fetch(`${gw.url}/config.json`);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.json()).toEqual({ issuer: 'http://127.0.0.1:8080/realms/relais', clientId: 'relais-web', extra: 1 });
    });

    it.each(['/', '/officer/new'])('answers the app route %s with index.html', async (path) => {
      const res = await fetch(`${gw.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root">');
    });

    it.each(['/statistiques', '/statistiques/', '/en/statistics'])('answers the public statistics %s with its own light page, not the app', async (path) => {
      const res = await fetch(`${gw.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('data-page="statistiques"');
    });

    it('does not answer HTML to a request that does not want it, nor to a POST', async () => {
      expect((await fetch(`${gw.url}/officer/new`, { headers: { accept: 'application/json' } })).status).toBe(404);
      expect((await fetch(`${gw.url}/officer/new`, { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(404);
    });

    it('explains, in French and English, that the app is not built when its folder is missing', async () => {
      const unbuilt = await gateway({ WEB_DIST_DIR: `${dist}-missing` });
      try {
        const res = await fetch(`${unbuilt.url}/officer/new`, { headers: { accept: 'text/html' } });
        expect(res.status).toBe(503);
        const page = await res.text();
        expect(page).toContain('Application web non construite');
        expect(page).toContain('Web app not built');
        expect(page).toContain('npm run build:web');
        expect((await fetch(`${unbuilt.url}/gateway/health`)).status).toBe(200);
      } finally {
        await unbuilt.close(100);
      }
    });
  });
});

function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(text)));
    }).on('error', reject);
  });
}

/** Declares `length` bytes with Expect: 100-continue; sends them only if the gateway says continue. */
function expectContinue(url: string, length: number): Promise<{ continued: boolean; status: number }> {
  return new Promise((resolve, reject) => {
    let continued = false;
    const req = http.request(url, { method: 'POST', headers: { 'content-length': String(length), expect: '100-continue' } });
    req.on('continue', () => {
      continued = true;
      req.end(Buffer.alloc(length, 'x'));
    });
    req.on('response', (res) => {
      resolve({ continued, status: res.statusCode! });
      res.resume();
      if (!continued) req.destroy();
    });
    req.on('error', (error) => {
      if (!continued) return;
      reject(error);
    });
    req.flushHeaders();
  });
}

/** POSTs `count` chunks of `size` bytes without a Content-Length (`gapMs` apart); resolves with the status. */
function sendChunked(url: string, size: number, count: number, gapMs = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(size, 'x');
    let sent = 0;
    const next = () => {
      if (answered || req.destroyed) return;
      if (sent === count) return void req.end();
      sent++;
      const again = () => (gapMs ? setTimeout(next, gapMs) : setImmediate(next));
      if (req.write(chunk)) again();
      else req.once('drain', again);
    };
    next();
  });
}

function writeSilentRenew(dir: string): void {
  writeFileSync(`${dir}/silent-renew.html`, '<!doctype html><title>renew</title>');
}

async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
