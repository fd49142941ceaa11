import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TokenIssuer } from '@relais/auth';
import { ageBandOf, consumerGroup, deadLetterTopic, REGIONS, SERVICES, ServiceName } from '@relais/contracts';
import { maintenanceUrl } from '@relais/persistence';
import { createTestDatabase, DedicatedBroker, dropTestDatabase, testKafka, testNamespace } from '@relais/test-infra';
import { Client } from 'pg';
import { randomSubmission, Submission } from '../bench/load';
import { Platform } from '../lib/platform';
import { repoRoot } from '../lib/repo-root';
import { portsShiftedBy, startWebhookReceiver } from '../e2e/support';

/**
 * The crash test (npm run test:chaos): the whole platform as separate processes takes a steady
 * stream of identifications over HTTP while every service is killed with SIGKILL once and
 * restarted, the Kafka broker is stopped and started, and Postgres refuses connections for a few
 * seconds. Stations retry as they would on a poor connection (same id, so idempotent). Then, once
 * everything is quiet, an exact accounting: every effect once, none missing, none extra.
 */
const COUNT = Number(process.env.CHAOS_IDENTIFICATIONS ?? 2000);
const RATE = Number(process.env.CHAOS_RATE ?? 20);
// Not the browser harness's 4301…4305: a browser run beside this one would answer for the platform under test.
const ports = portsShiftedBy(1400); // 4401…4405
const root = repoRoot();

interface Agency {
  id: string;
  type: string;
  services: string[];
  regions: string[];
  accepts: { minors: boolean; adults: boolean; sexes: string[] };
  active: boolean;
}
const directory: Agency[] = JSON.parse(readFileSync(join(root, 'apps/referral/data/demo-directory.json'), 'utf8')).agencies;
const rules: { needs: Record<string, { agencyTypes: { type: string }[] }> } = JSON.parse(
  readFileSync(join(root, 'apps/referral/data/routing-rules.json'), 'utf8'),
).rules;
const officeByRegion: Record<string, string> = Object.fromEntries(
  (JSON.parse(readFileSync(join(root, 'apps/prosecution/data/prosecutor-offices.json'), 'utf8')).routes as { region: string; officeId: string; cercle?: string }[])
    .filter((r) => !r.cercle)
    .map((r) => [r.region, r.officeId]),
);

/** The needs the routing rules must act on, recomputed here from the brief, not from the service. */
function expectedNeeds(s: Submission): string[] {
  const minor = s.age < 18;
  const needs = new Map(s.needs.map((n) => [n.need, n.urgent]));
  if (minor) needs.set('childProtection', needs.get('childProtection') ?? false);
  return [...needs.entries()]
    .filter(([need, urgent]) => (minor && need === 'childProtection') || s.consent || (need === 'medical' && urgent))
    .map(([need]) => need);
}

function eligible(agency: Agency, s: Submission, need: string): boolean {
  const minor = s.age < 18;
  return (
    agency.active &&
    agency.services.includes(need) &&
    (rules.needs[need]?.agencyTypes ?? []).some((t) => t.type === agency.type) &&
    (agency.regions.includes(s.region) || agency.regions.includes('national')) &&
    (minor ? agency.accepts.minors : agency.accepts.adults) &&
    agency.accepts.sexes.includes(s.sex)
  );
}

describe(`crash and restart with exact accounting (${COUNT} identifications)`, () => {
  const broker = new DedicatedBroker(19392);
  const namespace = testNamespace();
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const webhookIds = new Map<string, Set<string>>(); // `${agencyId} ${eventId}` → webhook-ids
  let receiver: Server;
  let databaseUrl: string;
  let platform: Platform;
  let admin: Client;

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    await broker.start();
    databaseUrl = await createTestDatabase('chaos');
    admin = new Client({ connectionString: maintenanceUrl(databaseUrl) });
    await admin.connect();
    receiver = await startWebhookReceiver(secret, ({ path, id, body }) => {
      const key = `${path.split('/').pop()} ${body.id}`;
      webhookIds.set(key, (webhookIds.get(key) ?? new Set()).add(id));
      // A receiver that is sometimes slow or failing, as partners' systems are.
      return randomInt(20) === 0 ? 503 : 204;
    });
    platform = new Platform({
      ports,
      env: {
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: broker.brokers.join(','),
        KAFKA_NAMESPACE: namespace,
        LOG_LEVEL: 'error',
        DB_POOL_SIZE: '6',
        MESSAGING_RETRY_BASE_MS: '500',
        DELIVERY_RETRY_BASE_MS: '500',
        DELIVERY_RETRY_CAP_MS: '5000',
      },
    });
    platform.onUnexpectedExit = (service, code, signal) => console.error(`${service} exited unexpectedly (${signal ?? code})`);
    platform.startAll();
    await platform.waitUntilReady(SERVICES, 240_000);
  });

  afterAll(async () => {
    await platform?.stopAll();
    await new Promise((r) => receiver?.close(r));
    await admin?.query(`ALTER DATABASE "${new URL(databaseUrl).pathname.slice(1)}" WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin?.end();
    await broker.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('does every effect exactly once', async () => {
    const issuer = new TokenIssuer();
    const coordinator = await issuer.issueToken({ sub: 'chaos-coordinator', roles: ['coordinator'] });
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/agency`;
    for (const agency of directory) {
      const put = await fetch(`http://127.0.0.1:${ports.notifications}/api/v1/recipients/${agency.id}/channels?kind=agency`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ webhook: { url: `${hook}/${agency.id}`, secret }, language: 'fr' }),
      });
      expect(put.status).toBe(200);
    }
    const officers = new Map<string, string>();
    for (const region of REGIONS) {
      officers.set(region, await issuer.issueToken({ sub: `chaos-${region}`, roles: ['police_officer'], unitId: `chaos-unit-${region}`, region, institution: 'police' }));
    }

    const accepted = new Map<string, Submission>();
    const submit = async (s: Submission): Promise<void> => {
      // A station on a poor connection: retry the same request until it is answered.
      for (let attempt = 0; ; attempt++) {
        try {
          const response = await fetch(`http://127.0.0.1:${ports.intake}/api/v1/identifications`, {
            method: 'POST',
            headers: { authorization: `Bearer ${officers.get(s.region)}`, 'content-type': 'application/json' },
            body: JSON.stringify(s.body),
            signal: AbortSignal.timeout(15_000),
          });
          await response.arrayBuffer();
          if (response.status === 201 || response.status === 200) return void accepted.set(s.body.id as string, s);
          if (response.status < 500) throw new Error(`identification refused with ${response.status}`);
        } catch (error) {
          if ((error as Error).message.startsWith('identification refused')) throw error;
        }
        if (attempt > 200) throw new Error(`gave up on ${s.body.id}`);
        await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** Math.min(attempt, 5))));
      }
    };

    // The faults, spread over the submission window at random moments.
    const window = (COUNT / RATE) * 1000;
    const faults: (() => Promise<string>)[] = [
      ...SERVICES.map((service) => async () => {
        await platform.kill(service);
        await new Promise((r) => setTimeout(r, 1500));
        platform.start(service);
        return `kill -9 ${service}`;
      }),
      async () => {
        await broker.stop();
        await new Promise((r) => setTimeout(r, 3000));
        await broker.start();
        return 'Kafka broker stopped and restarted';
      },
      async () => {
        const db = new URL(databaseUrl).pathname.slice(1);
        await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS false`);
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [db]);
        await new Promise((r) => setTimeout(r, 4000));
        await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS true`);
        return 'Postgres refused connections for 4 s';
      },
    ].sort(() => randomInt(3) - 1);
    const faultLog: string[] = [];
    const t0 = Date.now();
    const chaos = (async () => {
      for (const [i, fault] of faults.entries()) {
        const at = window * (0.08 + (0.8 * i) / faults.length) + randomInt(2000);
        await new Promise((r) => setTimeout(r, Math.max(0, at - (Date.now() - t0))));
        const started = Date.now();
        faultLog.push(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${await fault()} (${Date.now() - started} ms)`);
      }
    })();

    const submissions = Array.from({ length: COUNT }, () => randomSubmission());
    const pending: Promise<void>[] = [];
    for (const [i, s] of submissions.entries()) {
      const wait = t0 + (i * 1000) / RATE - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(submit(s));
    }
    await Promise.all(pending);
    await chaos;
    console.log(`faults:\n  ${faultLog.join('\n  ')}`);
    await platform.waitUntilReady(SERVICES, 120_000);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await quiescence(db, namespace, broker);
      const table = await account(db, accepted, submissions, webhookIds, namespace, broker);
      console.log(`\n${table.lines.join('\n')}\n`);
      expect(table.differences).toEqual([]);
    } finally {
      await db.end();
    }
  });
});

/** Waits until nothing moves: outboxes drained, every consumer group caught up, deliveries settled. */
async function quiescence(db: Client, namespace: string, broker: DedicatedBroker): Promise<void> {
  let stable = 0;
  let last = '';
  const deadline = Date.now() + 600_000;
  while (stable < 3) {
    if (Date.now() > deadline) throw new Error(`no quiescence after 10 minutes: ${last}`);
    const outbox: number[] = [];
    for (const s of SERVICES) outbox.push(Number((await db.query(`SELECT count(*) AS n FROM ${s}.outbox WHERE published_at IS NULL`)).rows[0].n));
    const deliveries = Number((await db.query(`SELECT count(*) AS n FROM notifications.deliveries WHERE status IN ('pending', 'retrying', 'sending')`)).rows[0].n);
    const lag = await consumerLag(namespace, broker);
    const state = JSON.stringify({ outbox, deliveries, lag });
    stable = state === last && outbox.every((n) => n === 0) && deliveries === 0 && lag === 0 ? stable + 1 : 0;
    last = state;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function consumerLag(namespace: string, broker: DedicatedBroker): Promise<number> {
  const admin = testKafka(broker.brokers).admin();
  await admin.connect();
  try {
    let lag = 0;
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(namespace));
    for (const groupId of groups) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const p of partitions) lag += Math.max(0, Number(ends.find((e) => e.partition === p.partition)?.high ?? 0) - Math.max(0, Number(p.offset)));
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

async function account(
  db: Client,
  accepted: Map<string, Submission>,
  submissions: Submission[],
  webhookIds: Map<string, Set<string>>,
  namespace: string,
  broker: DedicatedBroker,
): Promise<{ lines: string[]; differences: string[] }> {
  const differences: string[] = [];
  const rows: [string, number, number][] = [];
  const check = (what: string, expected: number, actual: number, detail?: () => string) => {
    rows.push([what, expected, actual]);
    if (expected !== actual) differences.push(`${what}: expected ${expected}, found ${actual}${detail ? ` — ${detail()}` : ''}`);
  };

  // Identifications: exactly the accepted ones, once each.
  const stored = (await db.query(`SELECT id::text AS id FROM intake.identifications`)).rows.map((r) => r.id as string);
  check('identifications submitted', submissions.length, accepted.size);
  check('identifications stored (= accepted)', accepted.size, stored.length);
  check('identifications stored but never accepted', 0, stored.filter((id) => !accepted.has(id)).length);
  check('identifications stored twice', 0, stored.length - new Set(stored).size);

  // Referrals: per identification, each need the rules act on referred to an eligible agency or escalated, once.
  const referrals = (await db.query(`SELECT identification_id::text AS id, need, agency_id FROM referral.referrals`)).rows as { id: string; need: string; agency_id: string }[];
  const noCandidate = (await db.query(`SELECT identification_id::text AS id, need FROM referral.escalations WHERE cause = 'noCandidate'`)).rows as { id: string; need: string }[];
  let expectedHandled = 0;
  let wrongNeeds = 0;
  let duplicates = 0;
  let ineligible = 0;
  let missing = 0;
  const byIdentification = new Map<string, { need: string; agency_id?: string }[]>();
  for (const r of [...referrals, ...noCandidate]) byIdentification.set(r.id, [...(byIdentification.get(r.id) ?? []), r]);
  for (const [id, s] of accepted) {
    const expected = expectedNeeds(s);
    expectedHandled += expected.length;
    const got = byIdentification.get(id) ?? [];
    for (const need of expected) {
      const forNeed = got.filter((g) => g.need === need);
      if (forNeed.length === 0) missing++;
      if (forNeed.length > 1) duplicates++;
      for (const g of forNeed) {
        const agency = directory.find((a) => a.id === g.agency_id);
        if (g.agency_id && (!agency || !eligible(agency, s, need))) ineligible++;
      }
    }
    wrongNeeds += got.filter((g) => !expected.includes(g.need)).length;
  }
  check('needs to act on (recomputed from the rules)', expectedHandled, referrals.length + noCandidate.length);
  check('needs neither referred nor escalated', 0, missing);
  check('needs referred twice', 0, duplicates);
  check('referrals to an ineligible agency', 0, ineligible);
  check('referrals of needs the rules exclude', 0, wrongNeeds);

  // Cases: one per identification, at the office of its region.
  const cases = (await db.query(`SELECT i.identification_id::text AS id, c.office_id FROM prosecution.identifications i JOIN prosecution.cases c ON c.id = i.case_id`)).rows as { id: string; office_id: string }[];
  check('cases (one per identification)', accepted.size, cases.length);
  check('cases at the wrong office', 0, cases.filter((c) => officeByRegion[accepted.get(c.id)?.region ?? ''] !== c.office_id).length);

  // Webhooks: every referral.created reached its agency's system exactly once (distinct webhook-id).
  const created = (await db.query(`SELECT event_id::text AS id, payload::jsonb -> 'data' ->> 'agencyId' AS agency FROM referral.outbox WHERE event_type = 'referral.created.v1'`)).rows as { id: string; agency: string }[];
  const received = created.map((e) => webhookIds.get(`${e.agency} ${e.id}`)?.size ?? 0);
  check('referral.created events', referrals.length, created.length);
  check('webhooks received once (by webhook-id)', created.length, received.filter((n) => n === 1).length);
  check('webhooks never received', 0, received.filter((n) => n === 0).length);
  check('webhooks received under two ids', 0, received.filter((n) => n > 1).length);

  // Statistics: the totals by sex, age band and region equal what was submitted.
  const stats = (await db.query(`SELECT sex, age_group, region, count(*)::int AS n FROM statistics.identification_facts GROUP BY 1, 2, 3`)).rows as { sex: string; age_group: string; region: string; n: number }[];
  const expectedCells = new Map<string, number>();
  for (const s of accepted.values()) {
    const key = `${s.sex} ${ageBandOf(s.age)} ${s.region}`;
    expectedCells.set(key, (expectedCells.get(key) ?? 0) + 1);
  }
  const actualCells = new Map(stats.map((r) => [`${r.sex} ${r.age_group} ${r.region}`, r.n]));
  const cellDiffs = [...new Set([...expectedCells.keys(), ...actualCells.keys()])].filter((k) => expectedCells.get(k) !== actualCells.get(k));
  check('statistics: identifications counted', accepted.size, stats.reduce((n, r) => n + r.n, 0));
  check('statistics: cells (sex × age band × region) differing', 0, cellDiffs.length, () => cellDiffs.slice(0, 5).join('; '));

  // Nothing stuck: dead letters and outboxes.
  const admin = testKafka(broker.brokers).admin();
  await admin.connect();
  try {
    for (const service of SERVICES as readonly ServiceName[]) {
      const topic = deadLetterTopic(`${namespace}${consumerGroup(service)}`);
      const offsets = (await admin.listTopics()).includes(topic) ? await admin.fetchTopicOffsets(topic) : [];
      check(`dead letters in ${consumerGroup(service)}.dlq`, 0, offsets.reduce((n, o) => n + Number(o.high) - Number(o.low), 0));
      check(`unpublished outbox rows in ${service}`, 0, Number((await db.query(`SELECT count(*) AS n FROM ${service}.outbox WHERE published_at IS NULL`)).rows[0].n));
    }
  } finally {
    await admin.disconnect();
  }

  const width = Math.max(...rows.map(([w]) => w.length));
  const lines = [
    `| ${'what'.padEnd(width)} | expected | found |`,
    `|${'-'.repeat(width + 2)}|---------:|------:|`,
    ...rows.map(([what, e, a]) => `| ${what.padEnd(width)} | ${String(e).padStart(8)} | ${String(a).padStart(5)} |${e === a ? '' : '  ✗'}`),
  ];
  return { lines, differences };
}
