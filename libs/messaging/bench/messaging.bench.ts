/**
 * npm run bench:messaging — throughput and latency of the delivery path (outbox insert → relay →
 * Kafka → consumer → inbox + handler commit), for 1 and 3 partitions, beside raw baselines measured
 * in the same run: plain Postgres single-row commits and plain kafkajs produce→consume.
 * Everything runs in this one Node process on this machine (writer, relay and consumer share one
 * event loop), so the figures are a floor for a deployment where they are separate processes.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cpus, totalmem } from 'node:os';
import { ReferralCreated, uuidv7 } from '@relais/contracts';
import { createTestDatabase, dropTestDatabase, kafkaBrokers, testKafka, testNamespace } from '@relais/test-infra';
import { Client } from 'pg';
import { referralCreated, startFixture } from '../test/fixture';

const THROUGHPUT_EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const LATENCY_RATE = Number(process.env.BENCH_RATE ?? 5000);
// As an identification's request or a consumer run emits several events in one transaction.
const PER_TRANSACTION = Number(process.env.BENCH_PER_TRANSACTION ?? 10);
const LATENCY_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const KEYS = 200;
const run = promisify(execFile);

interface Row {
  name: string;
  eventsPerSecond: number;
  p50Ms?: number;
  p99Ms?: number;
  note?: string;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function rawPostgres(databaseUrl: string, n = 5000): Promise<Row> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, v text NOT NULL)');
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await client.query('INSERT INTO bench_raw (v) VALUES ($1)', ['x']);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  latencies.sort((a, b) => a - b);
  return { name: 'raw Postgres single-row commits (1 connection)', eventsPerSecond: n / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

async function rawKafka(partitions: number, n = THROUGHPUT_EVENTS): Promise<Row> {
  const kafka = testKafka();
  const topic = `${testNamespace()}bench.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `${topic}.reader`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const latencies: number[] = [];
  let received = 0;
  let finished!: () => void;
  const done = new Promise<void>((r) => (finished = r));
  await consumer.run({
    partitionsConsumedConcurrently: partitions,
    eachMessage: async ({ message }) => {
      latencies.push(Date.now() - Number(message.value?.toString()));
      if (++received === n) finished();
    },
  });
  await new Promise((r) => setTimeout(r, 2000));
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = performance.now();
  for (let i = 0; i < n; i += 500) {
    const messages = Array.from({ length: Math.min(500, n - i) }, (_, j) => ({ key: String((i + j) % KEYS), value: String(Date.now()) }));
    await producer.send({ topic, acks: -1, messages });
  }
  await done;
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  await consumer.disconnect();
  latencies.sort((a, b) => a - b);
  return { name: `raw kafkajs produce→consume, ${partitions} partition(s)`, eventsPerSecond: n / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), note: 'burst of batches of 500' };
}

async function relais(partitions: number): Promise<Row[]> {
  const databaseUrl = await createTestDatabase('bench');
  const fixture = await startFixture({ databaseUrl, namespace: testNamespace(), brokers: kafkaBrokers(), overrides: { topicPartitions: partitions } });
  const keys = Array.from({ length: KEYS }, () => uuidv7());
  const count = async () => Number((await fixture.dataSource.query('SELECT count(*) AS n FROM effects'))[0].n);
  try {
    await new Promise((r) => setTimeout(r, 3000)); // consumer groups joined
    // Throughput: a burst of transactions of 10 events, 4 writers at once; time to the last handler commit.
    const started = performance.now();
    let written = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (written < THROUGHPUT_EVENTS) {
          written += 10;
          await fixture.dataSource.transaction(async (m) => {
            for (let i = 0; i < 10; i++) await fixture.outbox.emit(m, ReferralCreated, referralCreated(keys[(written + i) % KEYS]));
          });
        }
      }),
    );
    while ((await count()) < written) await new Promise((r) => setTimeout(r, 50));
    const burstSeconds = (performance.now() - started) / 1000;

    // Throughput and latency in one run: a constant arrival rate (open loop), written by a separate
    // process so this one only relays and consumes. Delivered = events handled over the span from
    // the first outbox insert to the last handler commit, so a backlog left behind lowers it.
    await fixture.dataSource.query('TRUNCATE effects');
    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'writer.ts'), databaseUrl, String(LATENCY_RATE), String(LATENCY_SECONDS), String(KEYS), String(PER_TRANSACTION)],
      { maxBuffer: 1 << 20 },
    );
    const writer = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { written: number; perSecond: number };
    const total = writer.written;
    while ((await count()) < total) await new Promise((r) => setTimeout(r, 50));
    const rows: { ms: number }[] = await fixture.dataSource.query(
      `SELECT EXTRACT(EPOCH FROM e.handled_at - o.created_at) * 1000 AS ms FROM effects e JOIN outbox o ON o.event_id = e.event_id`,
    );
    const [span] = await fixture.dataSource.query<{ seconds: string }[]>(
      `SELECT EXTRACT(EPOCH FROM max(e.handled_at) - min(o.created_at)) AS seconds FROM effects e JOIN outbox o ON o.event_id = e.event_id`,
    );
    const latencies = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
    return [
      { name: `Relais outbox→Kafka→inbox, ${partitions} partition(s), burst`, eventsPerSecond: written / burstSeconds, note: `${written} events, 4 writers × 10 per transaction` },
      {
        name: `Relais outbox→Kafka→inbox, ${partitions} partition(s), open loop, ${LATENCY_RATE}/s offered`,
        eventsPerSecond: total / Number(span.seconds),
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        note: `events/s delivered (first insert → last handler commit); ${total} events written at ${writer.perSecond.toFixed(0)}/s by a separate process, ${PER_TRANSACTION} per transaction; latency = handler commit − outbox insert`,
      },
    ];
  } finally {
    await fixture.close();
    await dropTestDatabase(databaseUrl);
  }
}

async function main(): Promise<void> {
  const databaseUrl = await createTestDatabase('benchraw');
  const results: Row[] = [];
  try {
    results.push(await rawPostgres(databaseUrl));
  } finally {
    await dropTestDatabase(databaseUrl);
  }
  for (const partitions of [1, 3]) {
    results.push(await rawKafka(partitions));
    results.push(...(await relais(partitions)));
  }
  const pg = results[0].eventsPerSecond;
  const fmt = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? '' : n.toFixed(d));
  console.log(`\nMessaging benchmark — ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.log('| measure | events/s | p50 ms | p99 ms | ÷ raw Postgres | note |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of results) console.log(`| ${r.name} | ${fmt(r.eventsPerSecond)} | ${fmt(r.p50Ms, 1)} | ${fmt(r.p99Ms, 1)} | ${fmt(r.eventsPerSecond / pg, 2)} | ${r.note ?? ''} |`);
  const kafkaBy = (p: number) => results.find((r) => r.name.startsWith(`raw kafkajs`) && r.name.includes(`${p} partition`))?.eventsPerSecond ?? NaN;
  for (const p of [1, 3]) {
    const burst = results.find((r) => r.name.includes(`${p} partition(s), burst`))?.eventsPerSecond ?? NaN;
    console.log(`\n${p} partition(s): Relais burst throughput is ${fmt((burst / kafkaBy(p)) * 100)} % of raw kafkajs and ${fmt((burst / pg) * 100)} % of raw Postgres commits.`);
  }
  const out = join(__dirname, '../../../bench/results/messaging.json');
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, node: process.version, results }, null, 2) + '\n');
  console.log(`\nraw results: ${out}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
