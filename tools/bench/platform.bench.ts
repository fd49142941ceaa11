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
 * Per identification, for each service: the SQL statements and transactions it sent (counted in its
 * pg driver by probe.ts) and the CPU milliseconds of every process (Postgres: the backends serving
 * the benchmark's database only, not the other work on this machine). After the steps, the
 * service with the most CPU per identification is profiled under load and its top frames are kept
 * in bench/results/profile-<service>-<time>.md (BENCH_PROFILE_SECONDS=0 skips it).
 *
 * When no broker listens at KAFKA_BROKERS (127.0.0.1:9092 by default), the project's runner starts
 * one for the run and stops it afterwards, as the test setup does.
 *
 *   BENCH_RATES=50,100,200,300 BENCH_SECONDS=60 npm run bench
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TokenIssuer } from '@relais/auth';
import { REGIONS, SERVICE_PORTS, SERVICES, ServiceName } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, isPortOpen, kafkaBrokers, testKafka, testNamespace } from '@relais/test-infra';
import { Platform } from '../lib/platform';
import { repoRoot } from '../lib/repo-root';
import { KeycloakMeasure, keycloakLine, measureKeycloak } from './keycloak';
import { percentile, randomSubmission } from './load';
import { askProbe, counterDelta, countersOf, profileMarkdown, StatementDelta, summariseProfile } from './probe-client';
import { groupStats, pidListeningOn, processStats } from './process-stats';
import type { ProbeCounters, ProbeWaits } from './probe';
import { WaitEvents } from './wait-events';

const RATES = (process.env.BENCH_RATES ?? '25,50,100,150,200,300,400').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PROFILE_SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 20);
const P99_LIMIT_MS = 1000;
// Each service 1200 above its SERVICE_PORTS port, so a developer's `npm start` can keep running.
const ports = Object.fromEntries(SERVICES.map((service) => [service, SERVICE_PORTS[service] + 1200])) as Record<ServiceName, number>;

interface StepResult {
  offeredPerSecond: number;
  achievedPerSecond: number;
  submitted: number;
  /** Identifications answered 201: the denominator of every per-identification figure. */
  answered: number;
  errors: number;
  http: { p50: number; p95: number; p99: number };
  toReferral: { p50: number; p95: number; p99: number; missing: number };
  toStatistics: { p50: number; p95: number; p99: number; missing: number };
  backlog: { outbox: Record<string, number>; consumerLag: number };
  cpuPercent: Record<string, number>;
  /** CPU milliseconds per identification answered 201, per process (postgres: this database's backends). */
  cpuMsPerIdentification: Record<string, number>;
  memoryMiB: Record<string, number>;
  /** SQL statements each service sent during the step, from its pg driver, with the top texts. */
  sql: Record<string, StatementDelta>;
  /** Inside each service: request time, pool and round-trip waits, event-loop delay. */
  waits: Record<string, ProbeWaits>;
  /** Busy Postgres backends on average, by connection and wait event (sampled every 100 ms). */
  postgresWaits: { what: string; backends: number }[];
  statementsPerIdentification: number;
  transactionsPerIdentification: number;
  /** 1-minute load average at the start and at the end of the step. */
  load: [number, number];
}

const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) });

const probeDir = mkdtempSync(join(tmpdir(), 'relais-bench-probe-'));

async function main(): Promise<void> {
  const startedBroker = await ensureBroker();
  try {
    await bench();
  } finally {
    if (startedBroker) execFileSync('bash', [join(repoRoot(), 'deploy/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
    rmSync(probeDir, { recursive: true, force: true });
  }
}

/** A fresh machine has no broker: start the project's own, as the test setup does. Returns whether it did. */
async function ensureBroker(): Promise<boolean> {
  const [broker] = kafkaBrokers();
  if (await isPortOpen(broker)) return false;
  if (process.env.KAFKA_BROKERS) throw new Error(`KAFKA_BROKERS=${process.env.KAFKA_BROKERS} is not reachable`);
  console.log('No Kafka broker at 127.0.0.1:9092: starting one for the benchmark (deploy/kafka/kafka.sh start)…');
  execFileSync('bash', [join(repoRoot(), 'deploy/kafka/kafka.sh'), 'start'], { stdio: 'inherit' });
  return true;
}

async function bench(): Promise<void> {
  // The services only (the benchmark does not serve the web app): the same swc step as `npm run build`.
  execFileSync('npx', ['swc', 'apps', 'libs', 'tools', '-d', 'dist', '--copy-files', '--ignore', '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts,**/test/**,apps/web/**', '--quiet'], {
    cwd: repoRoot(),
    stdio: 'inherit',
  });
  // Before the load, on its own: Keycloak's start would otherwise compete with the services.
  const keycloak = process.env.BENCH_KEYCLOAK === 'off' ? undefined : measureKeycloak();
  const baselines = await rawBaselines();
  const databaseUrl = await createTestDatabase('bench');
  const namespace = testNamespace();
  const platform = new Platform({
    ports,
    // The load comes from one officer per region, far above any person's pace: the per-user write
    // limit would measure itself, not the platform.
    env: {
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_NAMESPACE: namespace,
      LOG_LEVEL: 'warn',
      WRITE_RATE_LIMIT_PER_MINUTE: '0',
      BENCH_PROBE_DIR: probeDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(repoRoot(), 'dist', 'tools', 'bench', 'probe.js')}`.trim(),
    },
  });
  const db = new Client({ connectionString: databaseUrl });
  const results: StepResult[] = [];
  let profile: string | undefined;
  // A service that dies under load ends the benchmark with its last lines, not with a bare error.
  platform.onUnexpectedExit = (service, code, signal) =>
    console.error(`${service} exited (code ${code}, signal ${signal}) during the benchmark:\n${platform.tail(service).slice(-40).join('\n')}`);
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
      if (!passes(step)) break;
    }
    if (PROFILE_SECONDS > 0 && results.length) profile = await profileHottest(results, platform, databaseUrl, db, tokens);
  } finally {
    await db.end().catch(() => undefined);
    await platform.stopAll();
    await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(testKafka(), namespace);
  }
  report(results, baselines, keycloak, profile);
}

function passes(step: StepResult): boolean {
  return step.toReferral.p99 <= P99_LIMIT_MS && step.errors === 0 && step.toReferral.missing === 0;
}

/**
 * Profiles, under the highest rate that passed (or the first), the service that spent the most CPU
 * per identification there; keeps its top frames in bench/results/. Returns the file written.
 */
async function profileHottest(results: StepResult[], platform: Platform, databaseUrl: string, db: Client, tokens: Map<string, string>): Promise<string | undefined> {
  const step = results.filter(passes).at(-1) ?? results[0];
  const [service] = SERVICES.map((s) => [s, step.cpuMsPerIdentification[s] ?? 0] as const).sort((a, b) => b[1] - a[1])[0];
  const pid = platform.pid(service);
  if (!pid) return undefined;
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const file = join(probeDir, `${service}.cpuprofile`);
  await askProbe(probeDir, pid, { command: 'profile-start' });
  await runStep(step.offeredPerSecond, platform, databaseUrl, db, tokens, PROFILE_SECONDS);
  await askProbe(probeDir, pid, { command: 'profile-stop', file }, 120_000);
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')));
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `profile-${service}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(out, profileMarkdown(service, step.offeredPerSecond, PROFILE_SECONDS, load, summary));
  console.log(`CPU profile of ${service} (most CPU per identification): ${out}`);
  console.log(summary.modules.slice(0, 8).map((m) => `${m.module} ${m.percent} %`).join(', '));
  return out;
}

async function sqlCounters(platform: Platform): Promise<Record<string, ProbeCounters>> {
  const counters: Record<string, ProbeCounters> = {};
  for (const service of SERVICES) {
    const pid = platform.pid(service);
    if (!pid) continue;
    try {
      counters[service] = await countersOf(probeDir, pid);
    } catch (error) {
      throw new Error(`could not read ${service}'s statement counters: ${(error as Error).message}\n${platform.tail(service).slice(-40).join('\n')}`);
    }
  }
  return counters;
}

async function runStep(rate: number, platform: Platform, databaseUrl: string, db: Client, tokens: Map<string, string>, seconds = SECONDS): Promise<StepResult> {
  const referralDb = new Client({ connectionString: databaseUrl });
  const statisticsDb = new Client({ connectionString: databaseUrl });
  await referralDb.connect();
  await statisticsDb.connect();
  const toReferral = new Arrivals(referralDb, 'referral.identifications');
  const toStatistics = new Arrivals(statisticsDb, 'statistics.identification_facts');
  const waitsDb = new Client({ connectionString: databaseUrl });
  await waitsDb.connect();
  const loadBefore = loadavg()[0];
  const sqlBefore = await sqlCounters(platform);
  const before = await sample(platform, db);
  const postgresWaits = new WaitEvents(waitsDb);
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
  const busyBackends = await postgresWaits.finish();
  await waitsDb.end();
  const achieved = [...sent.values()].filter((r) => r.at201).length / offeredSeconds;
  const referral = await toReferral.finish();
  const statistics = await toStatistics.finish();
  await referralDb.end();
  await statisticsDb.end();
  const after = await sample(platform, db);
  const sqlAfter = await sqlCounters(platform);
  const answered = [...sent.values()].filter((r) => r.at201).length;
  const perIdentification = (n: number) => Math.round((n / Math.max(1, answered)) * 10) / 10;
  const elapsed = (after.at - before.at) / 1000;
  const cpuPercent: Record<string, number> = {};
  const cpuMsPerIdentification: Record<string, number> = {};
  const memoryMiB: Record<string, number> = {};
  for (const name of Object.keys(after.processes)) {
    const cpuSeconds = after.processes[name].cpuSeconds - (before.processes[name]?.cpuSeconds ?? 0);
    cpuPercent[name] = Math.round((cpuSeconds / elapsed) * 100);
    cpuMsPerIdentification[name] = perIdentification(cpuSeconds * 1000);
    memoryMiB[name] = Math.round(after.processes[name].rssBytes / 2 ** 20);
  }
  const sql: Record<string, StatementDelta> = {};
  for (const service of Object.keys(sqlAfter)) sql[service] = counterDelta(sqlBefore[service], sqlAfter[service]);
  const sum = (key: 'statements' | 'transactions') => Object.values(sql).reduce((a, d) => a + d[key], 0);
  return {
    offeredPerSecond: rate,
    achievedPerSecond: Math.round(achieved * 10) / 10,
    submitted: total,
    answered,
    errors,
    http: stats(httpLatencies),
    toReferral: referral,
    toStatistics: statistics,
    backlog: await backlog(db),
    cpuPercent,
    cpuMsPerIdentification,
    memoryMiB,
    sql,
    waits: Object.fromEntries(Object.entries(sqlAfter).map(([service, c]) => [service, c.waits])),
    postgresWaits: busyBackends,
    statementsPerIdentification: perIdentification(sum('statements')),
    transactionsPerIdentification: perIdentification(sum('transactions')),
    load: [loadBefore, loadavg()[0]],
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

async function sample(platform: Platform, db: Client) {
  const processes: Record<string, { cpuSeconds: number; rssBytes: number }> = {};
  for (const service of SERVICES) {
    const pid = platform.pid(service);
    const s = pid ? processStats(pid) : undefined;
    if (s) processes[service] = s;
  }
  // The broker the services use, not the other brokers tests may be running on this machine.
  processes.kafka = groupStats(pidListeningOn(Number(kafkaBrokers()[0].split(':')[1])));
  // Only the backends serving this database: the other engineers' and tests' work on the same
  // server is not the benchmark's. (A backend that ended during the step takes its CPU with it.)
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  processes.postgres = groupStats(rows.map((r) => r.pid));
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
      `→ statistics p50/p99 ${s.toStatistics.p50}/${s.toStatistics.p99} ms (missing ${s.toStatistics.missing}); ` +
      `${s.statementsPerIdentification} statements and ${s.transactionsPerIdentification} transactions per identification; load ${s.load[0].toFixed(2)} → ${s.load[1].toFixed(2)}`,
  );
}

/**
 * The issue's memory budget is for the services and Kafka together; Postgres is reported apart
 * (its shared buffers are the server's, not the platform's), Keycloak by its own line, and the
 * gateway is not on the benchmark's path (requests go to intake directly).
 */
function memoryLine(step: StepResult): string {
  const { postgres = 0, ...platform } = step.memoryMiB;
  const total = Object.values(platform).reduce((a, b) => a + b, 0);
  const parts = Object.entries(platform).map(([name, mib]) => `${name} ${mib}`).join(', ');
  return `Memory (PSS) at the end of the ${step.offeredPerSecond}/s step: services and Kafka ${total} MiB (${parts}); Postgres ${postgres} MiB apart.`;
}

function report(results: StepResult[], baselines: { postgresCommitsPerSecond: number; kafkaRoundTripsPerSecond: number }, keycloak?: KeycloakMeasure, profile?: string): void {
  const ok = results.filter(passes);
  const best = ok[ok.length - 1];
  // Statement counts of the best step (or the first when none passed): per identification they
  // hardly depend on the rate, except that bigger consumer runs share their inbox and outbox inserts.
  const counted = best ?? results[0];
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
    ...(counted ? [memoryLine(counted)] : []),
    ...(keycloak ? [keycloakLine(keycloak)] : []),
    ...(counted ? sqlLines(counted) : []),
    ...(profile ? [`CPU profile (top frames): ${profile}`] : []),
  ];
  console.log(lines.join('\n'));
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `platform-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, node: process.version, seconds: SECONDS, baselines, keycloak, profile, results }, null, 2) + '\n');
  console.log(`raw results: ${file}`);
  // The last two lines, as the issue asks (0 when no step met the limit).
  console.log(`sustained: ${best?.achievedPerSecond ?? 0} identifications/s`);
  console.log(`statements per identification: ${counted?.statementsPerIdentification ?? 'n/a'}`);
}

function sqlLines(step: StepResult): string[] {
  const per = (n: number) => (n / Math.max(1, step.answered)).toFixed(1);
  return [
    '',
    `Per identification at ${step.offeredPerSecond}/s (load ${step.load[0].toFixed(2)} → ${step.load[1].toFixed(2)}), counted in each service's pg driver:`,
    '',
    '| service | statements | transactions | savepoints | rollbacks | CPU ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(step.sql).map(
      ([service, d]) => `| ${service} | ${per(d.statements)} | ${per(d.transactions)} | ${per(d.savepoints)} | ${per(d.rollbacks)} | ${step.cpuMsPerIdentification[service] ?? ''} |`,
    ),
    `| kafka | | | | | ${step.cpuMsPerIdentification.kafka ?? ''} |`,
    `| postgres (this database's backends) | | | | | ${step.cpuMsPerIdentification.postgres ?? ''} |`,
    `| **all** | **${step.statementsPerIdentification}** | **${step.transactionsPerIdentification}** | | | **${Object.values(step.cpuMsPerIdentification).reduce((a, b) => a + b, 0).toFixed(1)}** |`,
    '',
    `Where the time goes at ${step.offeredPerSecond}/s (ms; request = arrival to answer inside the service; pool = waiting for a connection; round trips = statements sent until answered; loop = event-loop delay):`,
    '',
    '| service | requests p50 / p99 | pool waits per identification (ms) | max pool wait | round trips per identification (ms) | loop delay p50 / p99 / max |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(step.waits).map(
      ([service, w]) =>
        `| ${service} | ${w.requests ? `${w.requestP50.toFixed(0)} / ${w.requestP99.toFixed(0)}` : ''} | ${per(w.poolWaitTotal)} | ${w.poolWaitMax.toFixed(0)} | ${per(w.queryTotal)} | ${w.loopDelayP50.toFixed(0)} / ${w.loopDelayP99.toFixed(0)} / ${w.loopDelayMax.toFixed(0)} |`,
    ),
    '',
    'Busy Postgres backends on average, by connection and wait (CPU = running):',
    ...step.postgresWaits.map((w) => `  ${w.backends.toFixed(2).padStart(6)}  ${w.what}`),
    '',
    'Most frequent statements of the step (calls per identification):',
    ...Object.entries(step.sql).flatMap(([service, d]) => d.top.slice(0, 6).map((t) => `  ${service.padEnd(13)} ${per(t.calls).padStart(5)}  ${t.text.slice(0, 110)}`)),
  ];
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
