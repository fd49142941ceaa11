/// <reference types="node" />
// The test runs in Node (vitest), the client in the browser: only this file needs Node's types.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, setLanguageProvider, setTokenProvider } from './client';

// A real HTTP server standing in for the gateway: what matters is what leaves the browser.
describe('the API clients', () => {
  let server: Server;
  let origin = '';
  const seen: { url?: string; headers: IncomingMessage['headers'] }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('call /api/<service>/v1/… with the current token and language, asked at each request', async () => {
    const api = createApi(origin);
    let token = 'first';
    setTokenProvider(() => token);
    setLanguageProvider(() => 'en');
    await api.referral.GET('/v1/referrals', { params: { query: { limit: 1 } } });
    token = 'renewed';
    setLanguageProvider(() => 'fr');
    await api.prosecution.GET('/v1/offices');

    expect(seen[0]).toMatchObject({ url: '/api/referral/v1/referrals?limit=1', headers: { authorization: 'Bearer first', 'accept-language': 'en' } });
    expect(seen[1]).toMatchObject({ url: '/api/prosecution/v1/offices', headers: { authorization: 'Bearer renewed', 'accept-language': 'fr' } });
  });

  it('send no Authorization header when signed out', async () => {
    setTokenProvider(async () => null);
    await createApi(origin).statistics.GET('/v1/public/statistics/indicators', {});
    expect(seen.at(-1)?.headers.authorization).toBeUndefined();
  });
});
