import { CloudEvent, ReferralEscalatedV1, Topics } from '@relais/contracts';
import {
  createTestDatabase, dropTestDatabase, eventually, publishTestEvent, readEvents, request, startTestService, TestService, testKafka,
  testNamespace,
} from '@relais/testing';
import { Kafka } from 'kafkajs';
import { withClient } from '@relais/persistence';
import { DataSource } from 'typeorm';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';
import { EscalateOverdueReferrals } from '../src/use-cases/escalate-overdue-referrals';
import { caseworker, deliver, escalationsOf, handled, identification, referralsOf, VictimIdentified } from './fixtures';
import { need } from './routing-cases';

jest.setTimeout(120_000);

const HOUR = 3600_000;
const MANUAL_CLOCK = { DEADLINE_SCHEDULER_ENABLED: 'false' };

/** Deadlines live in the database and are swept with a clock the test controls. */
describe('deadlines, escalation and re-routing (real Kafka and Postgres)', () => {
  let kafka: Kafka;
  const services: TestService[] = [];

  beforeAll(() => {
    kafka = testKafka();
  });
  afterEach(async () => {
    // Close in reverse: instances sharing a database are closed before the one that owns it.
    for (const s of services.splice(0).reverse()) await s.close();
  });

  async function start(options: Parameters<typeof startTestService>[1] = {}): Promise<TestService> {
    const service = await startTestService(REFERRAL_SERVICE, { ...options, env: { ...MANUAL_CLOCK, ...options.env } });
    services.push(service);
    return service;
  }

  const sweep = (service: TestService, now: Date) => service.app.get(EscalateOverdueReferrals).execute(now);

  it('a missed deadline escalates once and re-routes to the next candidate; once acknowledged, the deadline to accept applies', async () => {
    const service = await start();
    const data = identification({ region: 'bamako', sex: 'female', ageGroup: '24-26', isMinor: false }, [need('shelter')]);
    await deliver(service, kafka, VictimIdentified, data);
    const [first] = await referralsOf(service, data.identificationId);
    const t0 = first.due_by!.getTime() - 6 * HOUR;

    expect(await sweep(service, new Date(t0 + 6 * HOUR - 1000))).toEqual([]);
    const at = new Date(t0 + 6 * HOUR + 1000);
    expect(await sweep(service, at)).toEqual([first.id]);
    expect(await sweep(service, at)).toEqual([]);

    const [escalated, second] = await referralsOf(service, data.identificationId);
    expect(escalated).toMatchObject({ id: first.id, status: 'escalated', due_by: null });
    expect(second).toMatchObject({ agency_id: 'demo-shelter-bamako-ngo', status: 'pending', rerouted_from: first.id });
    expect(second.due_by).toEqual(new Date(at.getTime() + 6 * HOUR));
    expect(await escalationsOf(service, data.identificationId)).toEqual([
      expect.objectContaining({ cause: 'deadlineMissed', referral_id: first.id, rerouted_to: second.id }),
    ]);

    // The next agency acknowledges (on the real clock): the deadline becomes the one to accept, counted from then.
    const acked = await request(`${service.url}/api/v1/referrals/${second.id}/acknowledge`, {
      token: await caseworker('demo-shelter-bamako-ngo'),
      body: { version: 1 },
    });
    expect(acked.status).toBe(200);
    const acceptBy = Date.parse(acked.body.dueBy);
    expect(acceptBy - Date.parse(acked.body.acknowledgedAt)).toBe(6 * HOUR);
    expect(await sweep(service, new Date(acceptBy - 1000))).toEqual([]);
    expect(await sweep(service, new Date(acceptBy + 1000))).toEqual([second.id]);

    // No shelter left for her in Bamako: the coordinator hears it.
    expect((await escalationsOf(service, data.identificationId)).map((e) => e.cause)).toEqual(['deadlineMissed', 'deadlineMissed', 'noCandidate']);
    expect(await referralsOf(service, data.identificationId)).toHaveLength(2);

    const events = await eventually(async () => {
      const all = await readEvents<ReferralEscalatedV1>(kafka, service.namespace, Topics.ReferralReferrals, 'referral.escalated.v1');
      expect(all).toHaveLength(3);
      return all;
    });
    // Kafka keeps order per referral (the key), not across them: compare as a set.
    const seen = events.map((e) => [e.data.cause, e.data.referralId ?? null, e.data.reroutedTo ?? null, e.data.escalatedAt]);
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['deadlineMissed', first.id, second.id, at.toISOString()],
        ['deadlineMissed', second.id, null, new Date(acceptBy + 1000).toISOString()],
        ['noCandidate', null, null, new Date(acceptBy + 1000).toISOString()],
      ]),
    );
  });

  it('an urgent medical referral is due in 2 hours, child protection in 24, others in 72', async () => {
    const service = await start();
    const data = identification({ region: 'gao', sex: 'male', ageGroup: '9-17', isMinor: true }, [
      need('medical', { urgent: true, consented: false }),
      need('legalAid'),
    ]);
    await deliver(service, kafka, VictimIdentified, data);
    const rows: { need: string; due: number }[] = await service.app
      .get(DataSource)
      .query(`SELECT need, EXTRACT(EPOCH FROM due_by - created_at)::int AS due FROM referrals WHERE identification_id = $1 ORDER BY need`, [data.identificationId]);
    expect(rows).toEqual([
      { need: 'childProtection', due: 24 * 3600 },
      { need: 'legalAid', due: 72 * 3600 },
      { need: 'medical', due: 2 * 3600 },
    ]);
  });

  it('deadlines survive a restart: a referral that fell due while the service was down is escalated by the first sweep', async () => {
    const databaseUrl = await createTestDatabase('referral');
    const namespace = testNamespace();
    try {
      const before = await startTestService(REFERRAL_SERVICE, { databaseUrl, namespace, env: MANUAL_CLOCK });
      const data = identification({ region: 'kidal', sex: 'female', ageGroup: '30-38', isMinor: false }, [need('legalAid')]);
      try {
        await deliver(before, kafka, VictimIdentified, data);
      } finally {
        await before.close();
      }
      // Time passes while no instance runs.
      await withClient(databaseUrl, (c) =>
        c.query(`UPDATE referral.referrals SET due_by = now() - interval '1 minute' WHERE identification_id = $1`, [data.identificationId]),
      );

      const after = await start({ databaseUrl, namespace, env: { DEADLINE_SCHEDULER_ENABLED: 'true', DEADLINE_CHECK_INTERVAL_MS: '200' } });
      await eventually(async () => {
        expect((await escalationsOf(after, data.identificationId)).map((e) => e.cause)).toEqual(['deadlineMissed', 'noCandidate']);
      });
      expect(await referralsOf(after, data.identificationId)).toEqual([expect.objectContaining({ status: 'escalated' })]);
      await after.close();
      services.splice(services.indexOf(after), 1);
    } finally {
      await dropTestDatabase(databaseUrl);
    }
  });

  it('two instances on one database and namespace escalate each overdue referral exactly once', async () => {
    const a = await start();
    const b = await start({ databaseUrl: a.databaseUrl, namespace: a.namespace });
    const people = Array.from({ length: 40 }, () =>
      identification({ region: 'bamako', sex: 'female', ageGroup: '21-23', isMinor: false }, [need('psychosocial')]),
    );
    const published = await Promise.all(people.map((p) => publishTestEvent(kafka, a.namespace, VictimIdentified, p)));
    for (const event of published) await handled(a, event.id);
    const originals = (await Promise.all(people.map((p) => referralsOf(a, p.identificationId)))).map(([r]) => r);
    expect(originals.every((r) => r.agency_id === 'demo-psychosocial-bamako')).toBe(true);

    const now = new Date(Date.now() + 73 * HOUR);
    const swept = await Promise.all([sweep(a, now), sweep(b, now), sweep(a, now), sweep(b, now)]);
    const escalated = swept.flat();
    expect(escalated.sort()).toEqual(originals.map((r) => r.id).sort());
    expect(swept[0].length + swept[2].length).toBeGreaterThan(0);
    expect(swept[1].length + swept[3].length).toBeGreaterThan(0);

    const db = a.app.get(DataSource);
    const perReferral: { referral_id: string; n: number }[] = await db.query(
      `SELECT referral_id, count(*)::int AS n FROM escalations WHERE referral_id IS NOT NULL GROUP BY referral_id`,
    );
    expect(perReferral).toHaveLength(40);
    expect(perReferral.every((r) => r.n === 1)).toBe(true);
    const reroutes: { rerouted_from: string; n: number; agency: string }[] = await db.query(
      `SELECT rerouted_from, count(*)::int AS n, min(agency_id) AS agency FROM referrals WHERE rerouted_from IS NOT NULL GROUP BY rerouted_from`,
    );
    expect(reroutes).toHaveLength(40);
    expect(reroutes.every((r) => r.n === 1 && r.agency === 'demo-shelter-bamako-women')).toBe(true);

    const events = await eventually(async () => {
      const all = await readEvents<ReferralEscalatedV1>(kafka, a.namespace, Topics.ReferralReferrals, 'referral.escalated.v1');
      expect(all).toHaveLength(40);
      return all;
    });
    expect(new Set(events.map((e: CloudEvent<ReferralEscalatedV1>) => e.data.referralId)).size).toBe(40);
  });
});
