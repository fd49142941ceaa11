import { CloudEvent, Topics } from '@relais/contracts';
import { withClient } from '@relais/persistence';
import { readEvents, request, startTestService, TestService, testKafka } from '@relais/testing';
import { Kafka } from 'kafkajs';
import { INTAKE_SERVICE } from '../../src/intake.service-definition';
import { Person, tokenOf } from './bodies';

/** The real intake service on the real Postgres and Kafka, with helpers to call it as each kind of user. */
export class Harness {
  readonly kafka: Kafka = testKafka();

  private constructor(readonly service: TestService) {}

  static async start(): Promise<Harness> {
    return new Harness(await startTestService(INTAKE_SERVICE));
  }

  close(): Promise<void> {
    return this.service.close();
  }

  async call(
    person: Person | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    return request(`${this.service.url}${path}`, { method, body, headers, ...(person ? { token: await tokenOf(person) } : {}) });
  }

  /** Rows of the intake schema, read directly (not through the service). */
  sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return withClient(this.service.databaseUrl, async (client) => {
      await client.query('SET search_path = intake');
      return (await client.query(text, params)).rows as T[];
    });
  }

  async count(table: string): Promise<number> {
    const [row] = await this.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(row.n);
  }

  /** Events intake published on its topic (empty until the relay has published them). */
  events<T extends object = Record<string, unknown>>(type?: string): Promise<CloudEvent<T>[]> {
    return readEvents<T>(this.kafka, this.service.namespace, Topics.IntakeIdentifications, type);
  }

  /** Waits until the outbox is drained, so what Kafka holds is everything intake emitted. */
  async published(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [row] = await this.sql<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL');
      if (Number(row.n) === 0) return;
      if (Date.now() > deadline) throw new Error(`outbox still holds ${row.n} unpublished events`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
