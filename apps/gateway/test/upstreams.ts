import http from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@relais/observability';
import { RunningGateway, startGateway } from '../src/gateway.app';
import { loadGatewayConfig } from '../src/gateway.config';

export interface Echoed {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  bodyLength: number;
}

export interface Upstream {
  url: string;
  /** Requests whose body the upstream read to the end. */
  completed: Echoed[];
  /** Requests that reached the upstream at all (even if cut off). */
  started: number;
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: http.Server): () => Promise<void> {
  return () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Answers every request with what it received; `x-echo-status` picks the status. */
export async function echoServer(): Promise<Upstream> {
  const completed: Echoed[] = [];
  const state = { started: 0 };
  const server = http.createServer((req, res) => {
    state.started++;
    let bodyLength = 0;
    req.on('data', (chunk: Buffer) => (bodyLength += chunk.length));
    req.on('end', () => {
      const echoed = { method: req.method!, url: req.url!, headers: req.headers, bodyLength };
      completed.push(echoed);
      res.writeHead(Number(req.headers['x-echo-status'] ?? 200), {
        'content-type': 'application/json',
        'x-powered-by': 'Express',
        'cache-control': 'public, max-age=600',
        'content-security-policy': "script-src 'unsafe-inline'",
        'set-cookie': ['a=1; Path=/', 'b=2; Path=/'],
        'x-upstream': 'echo',
      });
      res.end(JSON.stringify(echoed));
    });
  });
  const url = await listen(server);
  return { url, completed, get started() { return state.started; }, close: closer(server) };
}

/** An event stream that sends one event, then waits for `release()` before the second and the end. */
export async function sseServer() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const state = { ended: false, clientGone: false };
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('data: first\n\n');
    res.on('close', () => {
      if (!res.writableFinished) state.clientGone = true;
    });
    void released.then(() => {
      if (res.destroyed) return;
      res.write('data: second\n\n');
      state.ended = true;
      res.end();
    });
  });
  const url = await listen(server);
  return { url, state, release, close: closer(server) };
}

/** Accepts requests and never answers them. */
export async function silentServer() {
  const server = http.createServer(() => undefined);
  const url = await listen(server);
  return { url, close: closer(server) };
}

/** A URL where nothing listens (a port that was just freed). */
export async function deadUrl(): Promise<string> {
  const server = http.createServer();
  const url = await listen(server);
  await closer(server)();
  return url;
}

/** A built web app as Vite leaves it, in a temporary folder. */
export function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relais-gateway-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="fr"><title>Relais</title><div id="root"></div></html>');
  writeFileSync(join(dir, 'statistiques.html'), '<!doctype html><html lang="fr"><title>Statistiques</title><div id="root" data-page="statistiques"></div></html>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => undefined);');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Relais"}');
  writeFileSync(join(dir, 'config.json'), '{"issuer":"http://built.invalid/realms/x","clientId":"built","extra":1}');
  writeFileSync(join(dir, 'assets', 'index-3f9a1c.js'), 'console.log("app");');
  return dir;
}

export async function gateway(env: Record<string, string>): Promise<RunningGateway> {
  const config = loadGatewayConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env });
  return startGateway(config, createLogger('gateway', 'silent'));
}
