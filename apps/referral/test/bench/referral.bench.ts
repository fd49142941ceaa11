/**
 * Referral service benchmark (not a test): throughput and latency of routing, of the deadline
 * sweep and of the inbox, beside raw baselines (plain Postgres commits, plain Kafka produce and
 * consume) measured in the same run on the same machine.
 *
 *   node -r @swc-node/register apps/referral/test/bench/referral.bench.ts [identifications=300]
 */
import { buildEvent, CLOUDEVENTS_CONTENT_TYPE, Headers, uuidv7, VictimIdentified } from '@relais/contracts';
import { withClient } from '@relais/persistence';
import { createTestDatabase, dropTestDatabase, request, startTestService, TestService, testKafka, testNamespace } from '@relais/testing';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { REFERRAL_SERVICE } from '../../src/referral.service-definition';
import { EscalateOverdueReferrals } from '../../src/use-cases/escalate-overdue-referrals';
import { coordinator, identification } from '../fixtures';
import { need } from '../routing-cases';

const N = Number(process.argv[2] ?? 300);
const HOUR = 3600_000;

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return `p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms`;
}

const rate = (count: number, ms: number) => `${((count / ms) * 1000).toFixed(0)}/s`;

async function postgresBaseline(): Promise<string> {
  const url = await createTestDatabase('bench');
  try {
    return await withClient(url, async (c) => {
      await c.query('CREATE TABLE t (id bigserial PRIMARY KEY, payload jsonb NOT NULL)');
      const started = performance.now();
      for (let i = 0; i < N; i++) await c.query('INSERT INTO t (payload) VALUES ($1)', [JSON.stringify({ i })]);
      return rate(N, performance.now() - started);
    });
  } finally {
    await dropTestDatabase(url);
  }
}

async function kafkaBaseline(kafka: Kafka): Promise<{ produce: string; roundTrip: string }> {
  const topic = `${testNamespace()}bench.baseline`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${topic}.reader` });
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let received = 0;
    const done = new Promise<void>((resolve) => {
      void consumer.run({ eachMessage: async () => void (++received === N && resolve()) });
    });
    const started = performance.now();
    for (let i = 0; i < N; i++) await producer.send({ topic, acks: -1, messages: [{ key: String(i), value: JSON.stringify({ i }) }] });
    const produced = performance.now() - started;
    await done;
    return { produce: rate(N, produced), roundTrip: rate(N, performance.now() - started) };
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}

async function publishIdentifications(service: TestService, kafka: Kafka, count: number): Promise<Map<string, number>> {
  const producer = kafka.producer();
  await producer.connect();
  const sentAt = new Map<string, number>();
  try {
    const people = Array.from({ length: count }, () =>
      identification({ region: 'bamako', sex: 'female', ageGroup: '24-26', isMinor: false }, [need('psychosocial'), need('legalAid')]),
    );
    for (const person of people) {
      const event = buildEvent(VictimIdentified, person, { correlationId: uuidv7() });
      sentAt.set(person.identificationId, Date.now());
      await producer.send({
        topic: `${service.namespace}${VictimIdentified.topic}`,
        messages: [{ key: person.victimRef, value: JSON.stringify(event), headers: { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE } }],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return sentAt;
}

async function waitForInbox(db: DataSource, count: number): Promise<void> {
  for (;;) {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM inbox WHERE event_type = 'intake.victim-identified.v1'`);
    if (n >= count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main(): Promise<void> {
  const kafka = testKafka();
  const rssBefore = process.memoryUsage().rss;
  console.log(`referral benchmark: ${N} identifications, each with 2 needs (adult, Bamako)\n`);
  console.log(`baseline  Postgres single-row commits         ${await postgresBaseline()}`);
  const kafkaRates = await kafkaBaseline(kafka);
  console.log(`baseline  Kafka produce (acks=all, one by one) ${kafkaRates.produce}, produce+consume ${kafkaRates.roundTrip}`);

  const a = await startTestService(REFERRAL_SERVICE, { env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
  const b = await startTestService(REFERRAL_SERVICE, { databaseUrl: a.databaseUrl, namespace: a.namespace, env: { DEADLINE_SCHEDULER_ENABLED: 'false' } });
  try {
    const db = a.app.get(DataSource);
    // One identification at a time on an idle service: the latency a station would see.
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const [id] = (await publishIdentifications(a, kafka, 1)).keys();
      await waitForInbox(db, i + 1);
      const [row] = await db.query(`SELECT 1 FROM referrals WHERE identification_id = $1 LIMIT 1`, [id]);
      if (!row) throw new Error('no referral made');
      single.push(performance.now() - t);
    }
    console.log(`routing   one identification at a time         publish→handled ${percentiles(single)} (inbox polled every 20 ms)`);

    // Routing: a burst of events on Kafka → referrals committed with their outbox events and audit records.
    const started = performance.now();
    const sentAt = await publishIdentifications(a, kafka, N);
    await waitForInbox(db, N + 20);
    const routedMs = performance.now() - started;
    const rows: { identification_id: string; first: Date }[] = await db.query(
      `SELECT identification_id, min(created_at) AS first FROM referrals GROUP BY identification_id`,
    );
    const latencies = rows.filter((r) => sentAt.has(r.identification_id)).map((r) => r.first.getTime() - (sentAt.get(r.identification_id) ?? 0));
    const [{ referrals }] = await db.query(`SELECT count(*)::int AS referrals FROM referrals`);
    console.log(`routing   burst of ${N} (2 instances)              ${rate(N, routedMs)}; publish→first referral ${percentiles(latencies)}`);

    // Inbox reads: scoped query + audit record in one transaction.
    const token = await coordinator();
    const times: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      // The first five pages in turn, as before keyset pagination: each cursor is the previous page's.
      const res = await request(`${a.url}/api/v1/referrals?limit=20${i % 5 && cursor ? `&cursor=${cursor}` : ''}`, { token });
      if (res.status !== 200) throw new Error(`inbox answered ${res.status}`);
      cursor = (res.body as { nextCursor?: string }).nextCursor;
      times.push(performance.now() - t);
    }
    console.log(`http      GET /referrals (20 per page, audited) ${percentiles(times)}`);

    // Deadline sweep: every referral overdue at once, swept by both instances concurrently.
    const sweepStart = performance.now();
    const now = new Date(Date.now() + 73 * HOUR);
    const swept = await Promise.all([a.app.get(EscalateOverdueReferrals).execute(now), b.app.get(EscalateOverdueReferrals).execute(now)]);
    const sweepMs = performance.now() - sweepStart;
    const total = swept[0].length + swept[1].length;
    const [{ once }] = await db.query(`SELECT bool_and(n = 1) AS once FROM (SELECT count(*) AS n FROM escalations WHERE referral_id IS NOT NULL GROUP BY referral_id) x`);
    console.log(`deadline  escalate + re-route (2 instances)    ${rate(total, sweepMs)} (${swept[0].length} + ${swept[1].length} = ${total} of ${referrals}, each once: ${once})`);
  } finally {
    await b.close();
    await a.close();
  }
  const rssAfter = process.memoryUsage().rss;
  console.log(`memory    rss ${(rssBefore / 2 ** 20).toFixed(0)} MB → ${(rssAfter / 2 ** 20).toFixed(0)} MB (benchmark process, two service instances in it)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
