/**
 * How fast identifications become cases, end to end on the real broker and database:
 * intake's event on Kafka → consumer → case, outbox, audit (one transaction) → relay →
 * `prosecution.case-opened.v1` on Kafka. Printed beside raw baselines measured in the same run.
 *
 *   node -r @swc-node/register apps/prosecution/test/open-cases.bench.ts   (BENCH_N=2000 by default)
 */
import { randomBytes } from 'node:crypto';
import { buildEvent, CLOUDEVENTS_CONTENT_TYPE, Headers, REGIONS, Topics, uuidv7, VictimIdentified } from '@relais/contracts';
import { startTestService, testKafka } from '@relais/testing';
import { Client } from 'pg';
import { PROSECUTION_SERVICE } from '../src/prosecution.service-definition';
import { identification } from './fixture';

const N = Number(process.env.BENCH_N ?? 2000);
const BATCH = 100;

function percentiles(values: number[]): Record<string, number> {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
  return { p50: at(50), p90: at(90), p99: at(99), max: Math.round(sorted[sorted.length - 1]) };
}

async function main(): Promise<void> {
  const service = await startTestService(PROSECUTION_SERVICE, { env: { LOG_LEVEL: 'warn' } });
  const kafka = testKafka();
  const db = new Client({ connectionString: service.databaseUrl });
  await db.connect();
  const producer = kafka.producer();
  await producer.connect();
  const results: Record<string, unknown> = { n: N, at: new Date().toISOString() };
  try {
    // Baseline 1: the floor of one durable Postgres commit per event.
    await db.query('CREATE TABLE bench_commits (id uuid PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())');
    let started = performance.now();
    for (let i = 0; i < N; i++) await db.query('INSERT INTO bench_commits (id) VALUES ($1)', [uuidv7()]);
    results.baselinePostgresCommitsPerSecond = Math.round(N / ((performance.now() - started) / 1000));

    // Baseline 2: plain produce and consume of the same number of messages, no database.
    const raw = `${service.namespace}bench.raw`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: raw, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const rawConsumer = kafka.consumer({ groupId: `bench-raw-${randomBytes(4).toString('hex')}` });
    await rawConsumer.connect();
    await rawConsumer.subscribe({ topics: [raw], fromBeginning: true });
    let rawSeen = 0;
    let rawDone!: () => void;
    const rawFinished = new Promise<void>((resolve) => (rawDone = resolve));
    await rawConsumer.run({ eachMessage: async () => void (++rawSeen >= N && rawDone()) });
    started = performance.now();
    for (let i = 0; i < N; i += BATCH) {
      await producer.send({ topic: raw, messages: Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => ({ key: String(i + j), value: 'x'.repeat(900) })) });
    }
    await rawFinished;
    results.baselineKafkaRoundTripPerSecond = Math.round(N / ((performance.now() - started) / 1000));
    await rawConsumer.disconnect();

    // The service: every identification in, every case-opened event out.
    const publishedAt = new Map<string, number>();
    const latencies: number[] = [];
    let allOut!: () => void;
    const out = new Promise<void>((resolve) => (allOut = resolve));
    const watcher = kafka.consumer({ groupId: `bench-watch-${randomBytes(4).toString('hex')}` });
    await watcher.connect();
    await watcher.subscribe({ topics: [`${service.namespace}${Topics.ProsecutionCases}`], fromBeginning: true });
    await watcher.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value!.toString());
        const sent = publishedAt.get(event.data.identificationIds[0]);
        if (sent !== undefined) latencies.push(Date.now() - sent);
        if (latencies.length >= N) allOut();
      },
    });
    const memoryBefore = process.memoryUsage();
    started = performance.now();
    for (let i = 0; i < N; i += BATCH) {
      const events = Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => identification(REGIONS[(i + j) % REGIONS.length]));
      const now = Date.now();
      for (const data of events) publishedAt.set(data.identificationId, now);
      await producer.send({
        topic: `${service.namespace}${VictimIdentified.topic}`,
        messages: events.map((data) => ({
          key: data.victimRef,
          value: JSON.stringify(buildEvent(VictimIdentified, data, { correlationId: uuidv7() })),
          headers: { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE },
        })),
      });
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`only ${latencies.length}/${N} cases announced in 300 s`)), 300_000)));
    await Promise.race([out, timeout]).finally(() => clearTimeout(timer));
    const seconds = (performance.now() - started) / 1000;
    await watcher.disconnect();
    const memoryAfter = process.memoryUsage();
    const [{ cases }] = (await db.query('SELECT count(*)::int AS cases FROM prosecution.cases')).rows;
    results.service = {
      casesOpened: cases,
      identificationsToCasesPerSecond: Math.round(N / seconds),
      endToEndLatencyMs: percentiles(latencies),
      rssMb: { before: Math.round(memoryBefore.rss / 1e6), after: Math.round(memoryAfter.rss / 1e6) },
      heapUsedMb: { before: Math.round(memoryBefore.heapUsed / 1e6), after: Math.round(memoryAfter.heapUsed / 1e6) },
    };
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await producer.disconnect();
    await db.end();
    await service.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
