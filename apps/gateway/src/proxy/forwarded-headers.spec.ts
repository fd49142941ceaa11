import { correlationIdFrom, downstreamResponseHeaders, upstreamRequestHeaders } from './forwarded-headers';

const ctx = { clientIp: '10.0.0.7', proto: 'http', host: '127.0.0.1:3000', upstreamHost: '127.0.0.1:3001', correlationId: 'c-1', trustForwarded: false };

describe('upstreamRequestHeaders', () => {
  it('passes the end-to-end headers and drops the hop-by-hop ones, and those Connection names', () => {
    const out = upstreamRequestHeaders(
      {
        authorization: 'Bearer t', 'content-type': 'application/json', 'accept-language': 'en', cookie: 'a=b',
        connection: 'keep-alive, x-secret-hop', 'x-secret-hop': '1', 'keep-alive': 'timeout=5', te: 'trailers',
        'transfer-encoding': 'chunked', upgrade: 'websocket', 'proxy-authorization': 'Basic x', expect: '100-continue', host: 'evil',
      },
      ctx,
    );
    expect(out).toEqual({
      authorization: 'Bearer t', 'content-type': 'application/json', 'accept-language': 'en', cookie: 'a=b',
      host: '127.0.0.1:3001', 'x-forwarded-for': '10.0.0.7', 'x-forwarded-proto': 'http', 'x-forwarded-host': '127.0.0.1:3000', 'x-correlation-id': 'c-1',
    });
  });

  it('at the edge, replaces what the client claims about earlier hops', () => {
    const out = upstreamRequestHeaders({ 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https', 'x-real-ip': '1.2.3.4', forwarded: 'for=1.2.3.4' }, ctx);
    expect(out['x-forwarded-for']).toBe('10.0.0.7');
    expect(out['x-forwarded-proto']).toBe('http');
    expect(out['x-real-ip']).toBeUndefined();
    expect(out.forwarded).toBeUndefined();
  });

  it('behind a trusted proxy, appends to its chain and keeps its proto and host', () => {
    const out = upstreamRequestHeaders(
      { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'relais.example' },
      { ...ctx, trustForwarded: true },
    );
    expect(out).toMatchObject({ 'x-forwarded-for': '203.0.113.9, 10.0.0.7', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'relais.example' });
  });
});

describe('downstreamResponseHeaders', () => {
  it('keeps the answer’s headers but not hop-by-hop ones nor X-Powered-By', () => {
    const out = downstreamResponseHeaders({
      'content-type': 'text/event-stream', 'set-cookie': ['a=1', 'b=2'], 'x-powered-by': 'Express',
      'transfer-encoding': 'chunked', connection: 'keep-alive', 'keep-alive': 'timeout=5', etag: 'W/"1"',
    });
    expect(out).toEqual({ 'content-type': 'text/event-stream', 'set-cookie': ['a=1', 'b=2'], etag: 'W/"1"' });
  });
});

describe('correlationIdFrom', () => {
  it('keeps a sane id and replaces anything else', () => {
    expect(correlationIdFrom('abc-123', () => 'new')).toBe('abc-123');
    expect(correlationIdFrom('bad id\r\nX: y', () => 'new')).toBe('new');
    expect(correlationIdFrom('x'.repeat(101), () => 'new')).toBe('new');
    expect(correlationIdFrom(undefined, () => 'new')).toBe('new');
  });
});
