import type { Client } from 'pg';

/**
 * Samples what this database's busy backends are doing, every 100 ms while the load runs: on the
 * CPU (no wait event), or waiting, and on what (a lock, the WAL flush, the client). The share of
 * samples per connection name and wait says where Postgres time goes, which CPU figures cannot.
 */
export class WaitEvents {
  private readonly counts = new Map<string, number>();
  private samples = 0;
  private running = true;
  private readonly loop: Promise<void>;

  constructor(private readonly db: Client) {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const { rows } = await this.db.query<{ name: string; wait: string }>(
        `SELECT application_name AS name, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait
           FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      this.samples += 1;
      for (const row of rows) this.counts.set(`${row.name} ${row.wait}`, (this.counts.get(`${row.name} ${row.wait}`) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops sampling; the most frequent (connection, wait) pairs, as busy backends on average. */
  async finish(top = 12): Promise<{ what: string; backends: number }[]> {
    this.running = false;
    await this.loop;
    return [...this.counts]
      .map(([what, n]) => ({ what, backends: Math.round((n / Math.max(1, this.samples)) * 100) / 100 }))
      .sort((a, b) => b.backends - a.backends)
      .slice(0, top);
  }
}
