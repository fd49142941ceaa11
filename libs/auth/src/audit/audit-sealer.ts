import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { anchorDirFromEnv, AuditAnchorer, anchorKeyFromEnv } from './audit-anchor';
import { Queryable, queryRows } from './queryable';

const INTERVAL_MS = 200;
const BATCH = 5000;

/** Chains every committed audit row still unsealed; returns how many it sealed. */
export async function sealAuditLog(db: Queryable, maxRows = BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ sealed }] = await queryRows<{ sealed: number }>(db, 'SELECT audit_seal($1) AS sealed', [maxRows]);
    total += Number(sealed);
    if (Number(sealed) < maxRows) return total;
  }
}

/** `AUDIT_ANCHOR_INTERVAL_SECONDS` (default 60): how stale the newest anchor may be. */
export function anchorIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.AUDIT_ANCHOR_INTERVAL_SECONDS ?? 60);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error('AUDIT_ANCHOR_INTERVAL_SECONDS must be a number of seconds, 0 or more');
  return seconds * 1000;
}

/**
 * Keeps the service's audit trail chained: a few times a second it seals the rows committed since
 * (audit_seal(), one instance at a time across replicas), and at most once a minute writes the
 * chain head, signed, to the anchor log outside the database (audit-anchor.ts). On shutdown it
 * seals and anchors what is left.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private anchorer?: AuditAnchorer;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const key = await anchorKeyFromEnv();
    if (key) this.anchorer = new AuditAnchorer({ dir: anchorDirFromEnv(), key, intervalMs: anchorIntervalMs() });
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch(() => undefined) // the database or the anchor directory is away: the next tick tries again
        .finally(() => (this.running = undefined));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.tick(true).catch(() => undefined);
  }

  private async tick(final = false): Promise<void> {
    await sealAuditLog(this.dataSource);
    await this.anchorer?.maybeAnchor(this.dataSource, Date.now(), final);
  }
}
