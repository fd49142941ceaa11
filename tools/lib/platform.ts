import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SERVICE_PORTS, SERVICES, ServiceName } from '@relais/contracts';
import { startPrefixed, stopChild } from './processes';
import { repoRoot } from './repo-root';

export interface PlatformOptions {
  /** Ports per service (default: SERVICE_PORTS). */
  ports?: Partial<Record<ServiceName, number>>;
  /** Environment for every service on top of this process's. */
  env?: Record<string, string>;
  /** Print each service's output, prefixed (npm start); otherwise keep only the last lines. */
  echo?: boolean;
  /** Port of the gateway, when started (default 3000). */
  gatewayPort?: number;
}

const root = repoRoot();

/**
 * The five services as separate Node processes running the built code (`dist/`), exactly as
 * `npm start` runs them. Used by `npm start`, the end-to-end test and the crash test, which also
 * kill and restart services one by one.
 */
export class Platform {
  private readonly children = new Map<ServiceName, ChildProcess>();
  private readonly tails = new Map<ServiceName | 'gateway', string[]>();
  private readonly expectedExits = new Set<ChildProcess>();
  private gateway?: ChildProcess;
  onUnexpectedExit?: (service: ServiceName | 'gateway', code: number | null, signal: NodeJS.Signals | null) => void;

  constructor(private readonly options: PlatformOptions = {}) {}

  port(service: ServiceName): number {
    return this.options.ports?.[service] ?? SERVICE_PORTS[service];
  }

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.port(service)}`;
  }

  startAll(): void {
    SERVICES.forEach((service) => this.start(service));
  }

  start(service: ServiceName): void {
    const index = SERVICES.indexOf(service);
    const child = startPrefixed(
      service,
      process.execPath,
      [join(root, 'dist', 'apps', service, 'src', 'main.js')],
      { cwd: root, env: { ...process.env, ...this.options.env, PORT: String(this.port(service)) } },
      index,
      (line) => this.record(service, line),
      this.options.echo ?? false,
    );
    child.on('exit', (code, signal) => {
      if (this.expectedExits.delete(child)) return;
      this.onUnexpectedExit?.(service, code, signal);
    });
    this.children.set(service, child);
  }

  /** Graceful stop (SIGTERM, then SIGKILL after the grace period). */
  async stop(service: ServiceName, graceMs = 8000): Promise<void> {
    const child = this.children.get(service);
    if (!child) return;
    this.expectedExits.add(child);
    await stopChild(child, graceMs);
    this.children.delete(service);
  }

  /** A crash: SIGKILL at once, no chance to finish anything. */
  async kill(service: ServiceName): Promise<void> {
    const child = this.children.get(service);
    if (!child) return;
    this.expectedExits.add(child);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.children.delete(service);
  }

  async stopAll(graceMs = 8000): Promise<void> {
    await Promise.all([...SERVICES.map((s) => this.stop(s, graceMs)), this.stopGateway(graceMs)]);
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.options.gatewayPort ?? 3000}`;
  }

  /**
   * The gateway (apps/gateway), the browser's one origin, in front of these services wherever
   * they listen: `npm start` and the browser tests start it after the services.
   */
  startGateway(env: Record<string, string> = {}): void {
    const upstreams = Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, this.url(s)]));
    const child = startPrefixed(
      'gateway',
      process.execPath,
      [join(root, 'dist', 'apps', 'gateway', 'src', 'main.js')],
      { cwd: root, env: { ...process.env, ...this.options.env, ...upstreams, ...env, PORT: String(this.options.gatewayPort ?? 3000) } },
      SERVICES.length,
      (line) => this.record('gateway', line),
      this.options.echo ?? false,
    );
    child.on('exit', (code, signal) => {
      if (this.expectedExits.delete(child)) return;
      this.onUnexpectedExit?.('gateway', code, signal);
    });
    this.gateway = child;
  }

  async stopGateway(graceMs = 8000): Promise<void> {
    if (!this.gateway) return;
    this.expectedExits.add(this.gateway);
    await stopChild(this.gateway, graceMs);
    this.gateway = undefined;
  }

  async waitForGateway(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await fetch(`${this.gatewayUrl}/gateway/health`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline) throw new Error(`gateway not up after ${timeoutMs / 1000} s\n${this.tail('gateway').join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async waitUntilReady(services: readonly ServiceName[] = SERVICES, timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(services);
    while (pending.size) {
      for (const service of [...pending]) {
        const ok = await fetch(`${this.url(service)}/health/ready`).then((r) => r.ok, () => false);
        if (ok) pending.delete(service);
      }
      if (!pending.size) return;
      if (Date.now() > deadline) {
        const tails = [...pending].map((s) => `--- ${s}\n${(this.tails.get(s) ?? []).join('\n')}`).join('\n');
        throw new Error(`not ready after ${timeoutMs / 1000} s: ${[...pending].join(', ')}\n${tails}`);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  pid(service: ServiceName): number | undefined {
    return this.children.get(service)?.pid;
  }

  /** The last lines a service printed: what a failing test shows. */
  tail(service: ServiceName | 'gateway'): string[] {
    return this.tails.get(service) ?? [];
  }

  private record(service: ServiceName | 'gateway', line: string): void {
    const lines = this.tails.get(service) ?? [];
    lines.push(line);
    if (lines.length > 200) lines.shift();
    this.tails.set(service, lines);
  }
}
