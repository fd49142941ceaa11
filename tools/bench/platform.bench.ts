/**
 * npm run bench — the whole platform on this machine under an open-loop arrival rate of
 * identifications over HTTP (requests are sent on schedule whether or not earlier ones have been
 * answered, so latency is not hidden by back-pressure). Steps the rate up until the p99 from the
 * 201 to the referrals being committed passes 1 s, and reports for each step: identifications/s
 * achieved, p50/p95/p99 of the HTTP answer, of 201 → referral committed and of 201 → statistics
 * updated, outbox and consumer lag at the end, CPU and memory per process. Beside it, measured in
 * the same run: plain Postgres single-row commits/s and plain kafkajs produce→consume/s.
 *
 * Keycloak's time to ready (empty database, then warm) and memory are measured first, on a private
 * server (BENCH_KEYCLOAK=off skips it).
 *
 *   BENCH_RATES=50,100,200,300 BENCH_SECONDS=60 npm run bench
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TokenIssuer } from '@relais/auth';
import { REGIONS, SERVICES } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, kafkaBrokers, testKafka, testNamespace } from '@relais/test-infra';
import { Platform } from '../lib/platform';
import { repoRoot } from '../lib/repo-root';
import { KeycloakMeasure, keycloakLine, measureKeycloak } from './keycloak';
import { percentile, randomSubmission } from './load';
import { groupStats, pidsOf, processStats } from './process-stats';

const RATES = (process.env.BENCH_RATES ?? '25,50,100,150,200,300,400').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const P99_LIMIT_MS = 1000;
const ports = { intake: 4201, referral: 4202, prosecution: 4203, notifications: 4204, statistics: 4205 } as const;

interface StepResult {
  offeredPerSecond: number;
  achievedPerSecond: number;
  submitted: number;
  errors: number;
  http: { p50: number; p95: number; p99: number };
  toReferral: { p50: number; p95: number; p99: number; missing: number };
  toStatistics: { p50: number; p95: number; p99: number; missing: number };
  backlog: { outbox: Record<string, number>; consumerLag: number };
  cpuPercent: Record<string, number>;
  memoryMiB: Record<string, number>;
}

const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) });

async function main(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
  // Before the load, on its own: Keycloak's start would otherwise compete with the services.
  const keycloak = process.env.BENCH_KEYCLOAK === 'off' ? undefined : measureKeycloak();
  const baselines = await rawBaselines();
  const databaseUrl = await createTestDatabase('bench');
  const namespace = testNamespace();
  const platform = new Platform({
    ports,
    // The load comes from one officer per region, far above any person's pace: the per-user write
    // limit would measure itself, not the platform.
    env: { DATABASE_URL: databaseUrl, KAFKA_BROKERS: kafkaBrokers().join(','), KAFKA_NAMESPACE: namespace, LOG_LEVEL: 'warn', WRITE_RATE_LIMIT_PER_MINUTE: '0' },
  });
  const db = new Client({ connectionString: databaseUrl });
  const results: StepResult[] = [];
  try {
    platform.startAll();
    await platform.waitUntilReady(SERVICES, 240_000);
    await db.connect();
    const issuer = new TokenIssuer();
    const tokens = new Map<string, string>();
    for (const region of REGIONS) {
      tokens.set(region, await issuer.issueToken({ sub: `bench-${region}`, roles: ['police_officer'], unitId: `bench-unit-${region}`, region, institution: 'police' }));
    }
    // Warm-up, not reported: JIT, connection pools, consumer groups settling.
    await runStep(Math.min(20, RATES[0]), platform, databaseUrl, db, tokens, 15);
    for (const rate of RATES) {
      const step = await runStep(rate, platform, databaseUrl, db, tokens);
      results.push(step);
      printStep(step);
      if (step.toReferral.p99 > P99_LIMIT_MS || step.errors > 0 || step.toReferral.missing > 0) break;
    }
  } finally {
    await db.end().catch(() => undefined);
    await platform.stopAll();
    await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(testKafka(), namespace);
  }
  report(results, baselines, keycloak);
}

async function runStep(rate: number, platform: Platform, databaseUrl: string, db: Client, tokens: Map<string, string>, seconds = SECONDS): Promise<StepResult> {
  const referralDb = new Client({ connectionString: databaseUrl });
  const statisticsDb = new Client({ connectionString: databaseUrl });
  await referralDb.connect();
  await statisticsDb.connect();
  const toReferral = new Arrivals(referralDb, 'referral.identifications');
  const toStatistics = new Arrivals(statisticsDb, 'statistics.identification_facts');
  const before = sample(platform);
  const sent = new Map<string, { at201?: number; failed?: boolean }>();
  const httpLatencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const submission = randomSubmission();
    const id = submission.body.id as string;
    const record: { at201?: number; failed?: boolean } = {};
    sent.set(id, record);
    const started = performance.now();
    inflight.push(
      fetch(`http://127.0.0.1:${ports.intake}/api/v1/identifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(submission.region)}` },
        body: JSON.stringify(submission.body),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 201) {
            record.at201 = Date.now();
            toReferral.answeredAt(id, record.at201);
            toStatistics.answeredAt(id, record.at201);
            httpLatencies.push(performance.now() - started);
          } else {
            errors++;
            record.failed = true;
          }
        },
        () => {
          errors++;
          record.failed = true;
        },
      ),
    );
  }
  const offeredSeconds = (performance.now() - t0) / 1000;
  await Promise.all(inflight);
  const achieved = [...sent.values()].filter((r) => r.at201).length / offeredSeconds;
  const referral = await toReferral.finish();
  const statistics = await toStatistics.finish();
  await referralDb.end();
  await statisticsDb.end();
  const after = sample(platform);
  const elapsed = (after.at - before.at) / 1000;
  const cpuPercent: Record<string, number> = {};
  const memoryMiB: Record<string, number> = {};
  for (const name of Object.keys(after.processes)) {
    cpuPercent[name] = Math.round(((after.processes[name].cpuSeconds - (before.processes[name]?.cpuSeconds ?? 0)) / elapsed) * 100);
    memoryMiB[name] = Math.round(after.processes[name].rssBytes / 2 ** 20);
  }
  return {
    offeredPerSecond: rate,
    achievedPerSecond: Math.round(achieved * 10) / 10,
    submitted: total,
    errors,
    http: stats(httpLatencies),
    toReferral: referral,
    toStatistics: statistics,
    backlog: await backlog(db),
    cpuPercent,
    memoryMiB,
  };
}

/**
 * Watches a table for identifications while the load runs, noting when each first appears: the
 * commit of the consumer's transaction, to within the polling interval (25 ms).
 */
class Arrivals {
  private readonly answered = new Map<string, number>();
  private readonly seen = new Map<string, number>();
  private running = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly db: Client,
    private readonly table: string,
  ) {
    this.loop = this.poll();
  }

  answeredAt(id: string, at: number): void {
    this.answered.set(id, at);
  }

  private async poll(): Promise<void> {
    while (this.running) {
      const pending = [...this.answered.keys()].filter((id) => !this.seen.has(id));
      if (pending.length) {
        const { rows } = await this.db.query(`SELECT identification_id::text AS id FROM ${this.table} WHERE identification_id = ANY($1::uuid[])`, [pending]);
        const now = Date.now();
        for (const row of rows) this.seen.set(row.id, now);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits (up to 120 s) for every answered identification, then stops watching. */
  async finish() {
    const deadline = Date.now() + 120_000;
    while (this.seen.size < this.answered.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    this.running = false;
    await this.loop;
    const latencies = [...this.seen.entries()].map(([id, at]) => at - (this.answered.get(id) ?? at));
    return { ...stats(latencies), missing: this.answered.size - this.seen.size };
  }
}

async function backlog(db: Client): Promise<StepResult['backlog']> {
  const outbox: Record<string, number> = {};
  for (const service of SERVICES) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${service}.outbox WHERE published_at IS NULL`);
    outbox[service] = rows[0].n;
  }
  const admin = testKafka().admin();
  await admin.connect();
  let consumerLag = 0;
  try {
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.includes('relais.') && !g.endsWith('.retrier'));
    for (const groupId of groups) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const p of partitions) {
          const end = Number(ends.find((e) => e.partition === p.partition)?.high ?? 0);
          consumerLag += Math.max(0, end - Math.max(0, Number(p.offset)));
        }
      }
    }
  } finally {
    await admin.disconnect();
  }
  return { outbox, consumerLag };
}

function sample(platform: Platform) {
  const processes: Record<string, { cpuSeconds: number; rssBytes: number }> = {};
  for (const service of SERVICES) {
    const pid = platform.pid(service);
    const s = pid ? processStats(pid) : undefined;
    if (s) processes[service] = s;
  }
  processes.kafka = groupStats(pidsOf('kafka.Kafka'));
  processes.postgres = groupStats(pidsOf('postgres'));
  return { at: Date.now(), processes };
}

async function rawBaselines(): Promise<{ postgresCommitsPerSecond: number; kafkaRoundTripsPerSecond: number }> {
  const databaseUrl = await createTestDatabase('benchraw');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CREATE TABLE raw (id bigserial PRIMARY KEY, v text)');
  const n = 5000;
  let t = performance.now();
  for (let i = 0; i < n; i++) await client.query('INSERT INTO raw (v) VALUES ($1)', ['x']);
  const postgresCommitsPerSecond = n / ((performance.now() - t) / 1000);
  await client.end();
  await dropTestDatabase(databaseUrl);

  const kafka = testKafka();
  const namespace = testNamespace();
  const topic = `${namespace}raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `${namespace}raw`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const messages = 20_000;
  let received = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({ partitionsConsumedConcurrently: 3, eachMessage: async () => void (++received === messages && done()) });
  const producer = kafka.producer();
  await producer.connect();
  t = performance.now();
  for (let i = 0; i < messages; i += 500) {
    await producer.send({ topic, messages: Array.from({ length: 500 }, (_, j) => ({ key: String((i + j) % 100), value: 'x' })) });
  }
  await finished;
  const kafkaRoundTripsPerSecond = messages / ((performance.now() - t) / 1000);
  await producer.disconnect();
  await consumer.disconnect();
  await deleteNamespaceTopics(kafka, namespace);
  return { postgresCommitsPerSecond, kafkaRoundTripsPerSecond };
}

function printStep(s: StepResult): void {
  console.log(
    `offered ${s.offeredPerSecond}/s → ${s.achievedPerSecond}/s, errors ${s.errors}; HTTP p99 ${s.http.p99.toFixed(0)} ms; ` +
      `→ referral p50/p99 ${s.toReferral.p50}/${s.toReferral.p99} ms (missing ${s.toReferral.missing}); ` +
      `→ statistics p50/p99 ${s.toStatistics.p50}/${s.toStatistics.p99} ms (missing ${s.toStatistics.missing})`,
  );
}

function report(results: StepResult[], baselines: { postgresCommitsPerSecond: number; kafkaRoundTripsPerSecond: number }, keycloak?: KeycloakMeasure): void {
  const ok = results.filter((r) => r.toReferral.p99 <= P99_LIMIT_MS && r.errors === 0 && r.toReferral.missing === 0);
  const best = ok[ok.length - 1];
  const lines = [
    '',
    `Platform benchmark — ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${SECONDS} s per step, open loop.`,
    '',
    '| offered/s | achieved/s | HTTP p50/p95/p99 ms | 201→referral p50/p95/p99 ms | 201→statistics p50/p95/p99 ms | outbox backlog | consumer lag | CPU % (services, kafka, postgres) | memory MiB total |',
    '|---:|---:|---|---|---|---:|---:|---|---:|',
    ...results.map((r) =>
      [
        r.offeredPerSecond,
        r.achievedPerSecond,
        `${r.http.p50.toFixed(0)}/${r.http.p95.toFixed(0)}/${r.http.p99.toFixed(0)}`,
        `${r.toReferral.p50}/${r.toReferral.p95}/${r.toReferral.p99}`,
        `${r.toStatistics.p50}/${r.toStatistics.p95}/${r.toStatistics.p99}`,
        Object.values(r.backlog.outbox).reduce((a, b) => a + b, 0),
        r.backlog.consumerLag,
        Object.entries(r.cpuPercent).map(([k, v]) => `${k} ${v}`).join(', '),
        Object.values(r.memoryMiB).reduce((a, b) => a + b, 0),
      ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
    ),
    '',
    `Raw ceilings in the same run: Postgres single-row commits ${baselines.postgresCommitsPerSecond.toFixed(0)}/s; kafkajs produce→consume ${baselines.kafkaRoundTripsPerSecond.toFixed(0)}/s.`,
    best
      ? `Highest sustained rate with p99 (201→referral) ≤ 1 s: ${best.achievedPerSecond}/s — ${((best.achievedPerSecond / baselines.postgresCommitsPerSecond) * 100).toFixed(1)} % of raw Postgres commits, ${((best.achievedPerSecond / baselines.kafkaRoundTripsPerSecond) * 100).toFixed(2)} % of raw kafkajs round trips.`
      : 'No step met p99 (201→referral) ≤ 1 s.',
    ...(keycloak ? [keycloakLine(keycloak)] : []),
  ];
  console.log(lines.join('\n'));
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `platform-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, node: process.version, seconds: SECONDS, baselines, keycloak, results }, null, 2) + '\n');
  console.log(`raw results: ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
