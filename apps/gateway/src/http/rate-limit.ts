import { RequestHandler } from 'express';
import { GatewayConfig } from '../gateway.config';
import { normalisePath } from '../routing/api-route';
import { answerError } from './error-answer';

/**
 * Requests per key in fixed one-window slots. In memory, per gateway replica: a limit of N per
 * replica is at most N × replicas in all, which is enough to stop a script hammering the public
 * statistics, and costs no shared store.
 */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; when over the limit, says how many seconds until the window ends. */
  hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

// Case-insensitive, on the normalised path: the services' router is case-insensitive too.
const PUBLIC = /^\/api\/[^/]+\/v\d+\/public(\/|$)/i;

/**
 * Per client address, on the API calls anyone can make: public routes, and any call without a
 * token (which the service will refuse, but only after work). Signed-in users are limited by the
 * services, which know who they are. 429 in the services' shape, with Retry-After.
 */
export function publicRateLimit(config: GatewayConfig): RequestHandler {
  if (config.PUBLIC_RATE_LIMIT_PER_MINUTE === 0) return (_req, _res, next) => next();
  const counter = new WindowCounter(config.PUBLIC_RATE_LIMIT_PER_MINUTE, 60_000);
  return (req, res, next) => {
    const path = normalisePath(req.path);
    if (!path.startsWith('/api/')) return next();
    if (req.headers.authorization && !PUBLIC.test(path)) return next();
    const verdict = counter.hit(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (verdict.allowed) return next();
    res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    res.setHeader('Cache-Control', 'no-store');
    answerError(req, res, 429, 'TOO_MANY_REQUESTS');
  };
}
