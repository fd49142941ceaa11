import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@relais/platform';
import { Client } from 'pg';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { NotificationsConfig } from '../notifications.config';
import { DeliveryRepository } from '../persistence/delivery.repository';
import { DispatchDelivery } from '../use-cases/dispatch-delivery';
import { WakeSignal } from './wake-signal';

const LISTEN_RETRY_MS = 10_000;

/**
 * The in-process sender: DISPATCH_CONCURRENCY workers each claim one due delivery at a time
 * (SKIP LOCKED, so several instances share the work without sending anything twice), attempt it,
 * and claim the next. Idle workers sleep until the next delivery falls due, the polling interval
 * passes, or Postgres says new deliveries were committed (LISTEN/NOTIFY).
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private workers: Promise<void>[] = [];
  private listener?: Client;
  private connecting?: Promise<void>;
  private lastListenAttempt = 0;
  private readonly signal = new WakeSignal();
  private readonly channel: string;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly dispatch: DispatchDelivery,
  ) {
    this.channel = `relais_deliveries_${(dataSource.options as PostgresConnectionOptions).schema ?? 'public'}`;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DISPATCH_ENABLED) return;
    this.running = true;
    await this.ensureListening();
    this.workers = Array.from({ length: this.config.DISPATCH_CONCURRENCY }, (_, i) => this.work(i));
  }

  /** Lets attempts in flight finish (each is bounded by its channel's timeout), then stops. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.signal.wakeAll();
    await Promise.all(this.workers);
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Wakes idle workers now (a delivery was queued by this process). */
  wake(): void {
    this.signal.wakeAll();
  }

  private async work(worker: number): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const claim = await this.deliveries.claimNext(randomUUID(), this.config.DISPATCH_LEASE_MS);
        if (claim) {
          await this.dispatch.execute(claim);
          failures = 0;
          continue;
        }
        failures = 0;
        await this.ensureListening();
        const due = await this.deliveries.msUntilNextDue();
        await this.signal.wait(Math.min(this.config.DISPATCH_POLL_MS, due ?? Number.POSITIVE_INFINITY));
      } catch (error) {
        // The database went away or a query failed: back off, the deliveries wait in their table.
        failures += 1;
        this.logger.warn({ err: error, worker, failures }, 'delivery dispatcher iteration failed; backing off');
        await this.signal.wait(Math.min(30_000, 100 * 2 ** Math.min(failures, 9)));
      }
    }
  }

  /** One LISTEN connection per instance, re-opened lazily by whichever worker notices it is gone. */
  private ensureListening(): Promise<void> {
    if (this.listener || !this.running || Date.now() - this.lastListenAttempt < LISTEN_RETRY_MS) return Promise.resolve();
    this.lastListenAttempt = Date.now();
    this.connecting ??= this.listen().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as PostgresConnectionOptions).url;
    const client = new Client({ connectionString: url, application_name: 'relais-notifications-dispatcher' });
    try {
      await client.connect();
      client.on('notification', () => this.signal.wakeAll());
      client.on('error', (error) => {
        this.logger.warn({ err: error }, 'dispatcher LISTEN connection lost; polling until it is back');
        if (this.listener === client) this.listener = undefined;
        client.end().catch(() => undefined);
      });
      await client.query(`LISTEN "${this.channel}"`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'dispatcher LISTEN unavailable; polling');
      await client.end().catch(() => undefined);
    }
  }
}
