import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status the recorder answered (0 when it let the request hang). */
  status: number;
  at: number;
}

/** How to answer the n-th request (1-based) to a path: a status, or 'hang' to let it time out. */
export type Responder = (n: number, request: { path: string; body: string }) => number | 'hang';

/**
 * A real HTTP server on 127.0.0.1 and a random port, standing in for a partner's webhook
 * receiver or for the SMS gateway: it records every request and answers as told.
 */
export class HttpRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly counts = new Map<string, number>();
  private readonly responders = new Map<string, Responder>();
  private server?: Server;
  private readonly hanging = new Set<() => void>();

  constructor(private readonly fallback: Responder = () => 200) {}

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const n = (this.counts.get(path) ?? 0) + 1;
        this.counts.set(path, n);
        const answer = (this.responders.get(path) ?? this.fallback)(n, { path, body });
        this.requests.push({ path, headers: req.headers, body, status: answer === 'hang' ? 0 : answer, at: Date.now() });
        if (answer === 'hang') {
          this.hanging.add(() => res.destroy());
          return;
        }
        res.writeHead(answer, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  url(path = '/'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  respond(path: string, responder: Responder): void {
    this.responders.set(path, responder);
  }

  to(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    for (const drop of this.hanging) drop();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
