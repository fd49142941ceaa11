import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
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

/**
 * Keeps the service's audit trail chained: a few times a second it seals the rows committed since
 * (audit_seal(), one instance at a time across replicas). On shutdown it seals what is left.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= sealAuditLog(this.dataSource)
        .catch(() => undefined) // the database is away: the rows wait, sealed on the next tick
        .finally(() => (this.running = undefined));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await sealAuditLog(this.dataSource).catch(() => undefined);
  }
}
