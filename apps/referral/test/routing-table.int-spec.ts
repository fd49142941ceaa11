import { CloudEvent, ReferralCreatedV1, ReferralEscalatedV1, Topics } from '@relais/contracts';
import { eventually, readEvents, request } from '@relais/testing';
import { coordinator, deliver, escalationsOf, identification, patchAgency, referralsOf, referralUnderTest, VictimIdentified } from './fixtures';
import { Expected, ROUTING_CASES, RoutingCase } from './routing-cases';

jest.setTimeout(120_000);

/**
 * The routing table of the unit spec, end to end: each case is an identification event on Kafka,
 * and its answer is read back from what the service did (referrals, escalations, events).
 */
describe('routing table end to end (real Kafka and Postgres)', () => {
  const t = referralUnderTest();
  const expectedEvents = new Map<string, { referred: Record<string, string>; escalated: string[] }>();

  async function arrange(c: RoutingCase, restore: boolean): Promise<void> {
    for (const [id, available] of Object.entries(c.directory?.available ?? {})) {
      const beds = { 'demo-shelter-bamako-women': 12, 'demo-shelter-bamako-ngo': 20, 'demo-shelter-mopti': 8 }[id];
      await patchAgency(t.service, id, { available: restore ? beds : available });
    }
    for (const id of c.directory?.inactive ?? []) await patchAgency(t.service, id, { active: restore });
  }

  const cases = ROUTING_CASES.filter((c) => !c.unitOnly);

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await arrange(c, false);
    try {
      const data = identification(c.person, c.needs);
      await deliver(t.service, t.kafka, VictimIdentified, data);

      const referrals = await referralsOf(t.service, data.identificationId);
      const escalations = await escalationsOf(t.service, data.identificationId);
      const outcome: Record<string, Expected> = {};
      for (const r of referrals) outcome[r.need] = r.agency_id;
      for (const e of escalations) outcome[e.need] = 'noCandidate';
      const expectedReferredOrEscalated = Object.fromEntries(Object.entries(c.expect).filter(([, v]) => v !== 'notReferred'));
      expect(outcome).toEqual(expectedReferredOrEscalated);
      expect(escalations.every((e) => e.cause === 'noCandidate' && e.referral_id === null)).toBe(true);

      // What a user sees: the coordinator's view of the person's referrals.
      const seen = await request(`${t.service.url}/api/v1/victims/${data.victimRef}/referrals`, { token: await coordinator() });
      if (referrals.length) expect(seen.body.map((r: { agencyId: string }) => r.agencyId).sort()).toEqual(referrals.map((r) => r.agency_id).sort());
      else expect(seen.status).toBe(404);

      expectedEvents.set(data.identificationId, {
        referred: Object.fromEntries(referrals.map((r) => [r.id, r.agency_id])),
        escalated: escalations.map((e) => e.need).sort(),
      });
    } finally {
      await arrange(c, true);
    }
  });

  it('published exactly one referral.created.v1 per referral and one escalation per need without candidate', async () => {
    const total = [...expectedEvents.values()].reduce((n, e) => n + Object.keys(e.referred).length + e.escalated.length, 0);
    // The relay publishes after commit: wait until everything committed is on the topic.
    const events = await eventually(async () => {
      const all = await readEvents<ReferralCreatedV1 | ReferralEscalatedV1>(t.kafka, t.service.namespace, Topics.ReferralReferrals);
      expect(all).toHaveLength(total);
      return all;
    });
    const created = events.filter((e) => e.type === 'referral.created.v1') as CloudEvent<ReferralCreatedV1>[];
    const escalated = events.filter((e) => e.type === 'referral.escalated.v1') as CloudEvent<ReferralEscalatedV1>[];
    for (const [identificationId, expected] of expectedEvents) {
      const mine = created.filter((e) => e.data.identificationId === identificationId);
      expect(Object.fromEntries(mine.map((e) => [e.data.referralId, e.data.agencyId]))).toEqual(expected.referred);
      expect(mine).toHaveLength(Object.keys(expected.referred).length);
      const esc = escalated.filter((e) => e.data.identificationId === identificationId);
      expect(esc.map((e) => e.data.need).sort()).toEqual(expected.escalated);
      expect(esc.every((e) => e.data.cause === 'noCandidate' && e.data.referralId === undefined)).toBe(true);
    }
    expect(expectedEvents.size).toBe(cases.length);
  });
});
