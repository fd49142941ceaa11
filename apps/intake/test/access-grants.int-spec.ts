import {
  buildEvent, CaseMerged, CaseOpened, CaseTransferred, CLOUDEVENTS_CONTENT_TYPE, EventDefinition, Headers, newReference, ReferralAccepted,
  ReferralClosed, ReferralDeclined, ReferralEscalated, uuidv7, VictimLinked,
} from '@relais/contracts';
import { consumerGroup, deadLetterTopic } from '@relais/contracts';
import { readDeadLetters } from '@relais/messaging';
import { eventually } from '@relais/testing';
import { adultBody, Person, uniquePerson } from './support/bodies';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 10, minutes)).toISOString();

describe('access to a person’s details follows referral and case events, in any order (real Kafka)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h?.close());

  async function identify(): Promise<{ id: string; victimRef: string }> {
    const response = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody({ person: uniquePerson() }));
    expect(response.status).toBe(201);
    return response.body;
  }

  /** Publishes events as their producers would, all under one Kafka key so they arrive in this order. */
  async function publish(key: string, events: [EventDefinition<object>, object][], source?: string): Promise<string[]> {
    const producer = h.kafka.producer();
    await producer.connect();
    try {
      const built = events.map(([definition, data]) => {
        const event = buildEvent(definition, data, { correlationId: uuidv7() });
        return { definition, event: source ? { ...event, source } : event };
      });
      await producer.send({
        topic: `${h.service.namespace}${built[0].definition.topic}`,
        messages: built.map(({ event }) => ({ key, value: JSON.stringify(event), headers: { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE } })),
      });
      return built.map(({ event }) => event.id);
    } finally {
      await producer.disconnect();
    }
  }

  const handled = (eventIds: string[]) =>
    eventually(async () => {
      const rows = await h.sql(`SELECT event_id FROM inbox WHERE event_id = ANY($1::uuid[])`, [eventIds]);
      expect(rows).toHaveLength(eventIds.length);
    });

  const readAs = async (person: Person, id: string) => (await h.call(person, 'GET', `/api/v1/identifications/${id}`)).status;

  const referral = (identification: { id: string; victimRef: string }, agencyId: string, referralId = uuidv7()) => ({
    referralId, reference: newReference('R'), victimRef: identification.victimRef, identificationId: identification.id, agencyId, need: 'shelter' as const,
  });

  it('opens the details to an agency whose referral is accepted, and closes them with the referral', async () => {
    const person = await identify();
    const r = referral(person, 'shelter-mopti');
    await handled(await publish(r.referralId, [[ReferralAccepted, { ...r, acceptedAt: at(1) }]]));
    const read = await h.call('shelter', 'GET', `/api/v1/identifications/${person.id}`);
    expect(read.status).toBe(200);
    expect(read.body.accessBasis).toBe('acceptedReferral');
    expect(await readAs('otherAgency', person.id)).toBe(404);

    await handled(await publish(r.referralId, [[ReferralClosed, { ...r, closedAt: at(5), outcome: 'serviceProvided' }]]));
    expect(await readAs('shelter', person.id)).toBe(404);
    const [grant] = await h.sql(`SELECT action FROM audit_log WHERE resource_id = $1 AND action LIKE 'access.%' ORDER BY id`, [person.victimRef]);
    expect(grant).toEqual({ action: 'access.grant' });
  });

  it('grants access within a few seconds of the acceptance reaching Kafka, in the steady state', async () => {
    // The agency's screen waits for this grant after accepting. Measured on a loaded 2-core
    // machine (load average 16 to 29): 0.05 to 0.3 s here, 0.2 to 0.8 s from referral's commit
    // through its relay. 5 s leaves room for load, and would still catch a retry or a stall.
    const person = await identify();
    await handled(await publish(uuidv7(), [[ReferralAccepted, { ...referral(person, 'ngo-bamako'), acceptedAt: at(1) }]])); // warm
    const measured: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = referral(person, 'shelter-mopti');
      const sent = Date.now();
      const [eventId] = await publish(r.referralId, [[ReferralAccepted, { ...r, acceptedAt: at(2 + i) }]]);
      await handled([eventId]);
      const [grant] = await h.sql<{ granted: Date }>(`SELECT updated_at AS granted FROM referral_grants WHERE referral_id = $1 AND active`, [r.referralId]);
      measured.push(grant.granted.getTime() - sent);
    }
    console.log(`referral.accepted sent → access granted: ${measured.join(', ')} ms`);
    for (const ms of measured) expect(ms).toBeLessThan(5_000);
    expect(await readAs('shelter', person.id)).toBe(200);
  });

  it('dead-letters a referral acceptance forged by another service and grants nothing; the genuine one still grants', async () => {
    const person = await identify();
    const r = referral(person, 'shelter-mopti');
    const [forgedId] = await publish(r.referralId, [[ReferralAccepted, { ...r, acceptedAt: at(1) }]], '/relais/notifications');
    const dlq = `${h.service.namespace}${deadLetterTopic(consumerGroup('intake'))}`;
    const letter = await eventually(async () => {
      const found = (await readDeadLetters(h.kafka, dlq)).find((l) => l.eventId === forgedId);
      expect(found).toBeDefined();
      return found!;
    });
    expect(letter.error).toBe('provenance: source /relais/notifications does not own topic referral.referrals (expected /relais/referral)');
    expect(letter.originalTopic).toBe('referral.referrals');
    expect(await h.sql(`SELECT 1 FROM inbox WHERE event_id = $1`, [forgedId])).toHaveLength(0);
    expect(await h.sql(`SELECT 1 FROM referral_grants WHERE referral_id = $1`, [r.referralId])).toHaveLength(0);
    expect(await h.sql(`SELECT 1 FROM audit_log WHERE resource_id = $1 AND action = 'access.grant'`, [person.victimRef])).toHaveLength(0);
    expect(await readAs('shelter', person.id)).toBe(404);

    await handled(await publish(r.referralId, [[ReferralAccepted, { ...r, acceptedAt: at(2) }]]));
    expect(await readAs('shelter', person.id)).toBe(200);
  });

  it('keeps a referral closed when its closure arrives before its acceptance, and after redeliveries', async () => {
    const person = await identify();
    const r = referral(person, 'shelter-mopti');
    const ids = await publish(r.referralId, [
      [ReferralClosed, { ...r, closedAt: at(9), outcome: 'personDeclined' }],
      [ReferralAccepted, { ...r, acceptedAt: at(2) }],
    ]);
    await handled(ids);
    expect(await readAs('shelter', person.id)).toBe(404);
    // The referral service may publish the same fact twice (a retried relay): nothing reopens.
    await handled(await publish(r.referralId, [[ReferralAccepted, { ...r, acceptedAt: at(2) }]]));
    expect(await readAs('shelter', person.id)).toBe(404);
  });

  it('grants nothing for a declined or escalated referral', async () => {
    const person = await identify();
    const declined = referral(person, 'ngo-bamako');
    const sentinel = referral(await identify(), 'shelter-mopti');
    const escalated = {
      escalationId: uuidv7(), referralId: declined.referralId, reference: declined.reference, victimRef: person.victimRef, identificationId: person.id,
      agencyId: 'ngo-bamako', need: 'shelter', urgent: true, region: 'mopti', cause: 'declined', escalatedAt: at(4),
    };
    // Same key, so the declined and escalated events are consumed before the sentinel acceptance.
    const [, , sentinelId] = await publish(declined.referralId, [
      [ReferralDeclined, { ...declined, declinedAt: at(3), reason: 'noCapacity' }],
      [ReferralEscalated, escalated],
      [ReferralAccepted, { ...sentinel, acceptedAt: at(5) }],
    ]);
    await handled([sentinelId]);
    expect(await readAs('shelter', sentinel.identificationId)).toBe(200);
    expect(await readAs('otherAgency', person.id)).toBe(404);
  });

  it('opens the details to the prosecutor whose office holds a case linking the person, following transfers, links and merges', async () => {
    const a = await identify();
    const b = await identify();
    const x = await identify();
    const c1 = uuidv7();
    const c2 = uuidv7();
    const facts = (caseId: string, officeId: string, victimRefs: string[]) => ({ caseId, reference: newReference('C'), officeId, victimRefs });

    await handled(await publish(c1, [[CaseOpened, { ...facts(c1, 'tgi-mopti', [a.victimRef]), identificationIds: [a.id], region: 'mopti', openedAt: at(10), openedFrom: 'identification' }]]));
    const read = await h.call('prosecutorMopti', 'GET', `/api/v1/identifications/${a.id}`);
    expect([read.status, read.body.accessBasis]).toEqual([200, 'prosecutionCase']);
    expect(await readAs('prosecutorBamako', a.id)).toBe(404);
    expect(await readAs('prosecutorMopti', b.id)).toBe(404);

    await handled(await publish(c1, [
      [CaseTransferred, { ...facts(c1, 'tgi-bamako-c6', [a.victimRef]), fromOfficeId: 'tgi-mopti', transferredAt: at(20) }],
      [VictimLinked, { ...facts(c1, 'tgi-bamako-c6', [a.victimRef]), victimRef: b.victimRef, identificationId: b.id, linkedAt: at(21) }],
    ]));
    expect(await readAs('prosecutorMopti', a.id)).toBe(404);
    expect(await readAs('prosecutorBamako', a.id)).toBe(200);
    expect(await readAs('prosecutorBamako', b.id)).toBe(200);

    await handled(await publish(c2, [[CaseOpened, { ...facts(c2, 'tgi-mopti', [x.victimRef]), identificationIds: [x.id], region: 'mopti', openedAt: at(22), openedFrom: 'prosecutor' }]]));
    await handled(await publish(c1, [[CaseMerged, { ...facts(c1, 'tgi-bamako-c6', [a.victimRef, b.victimRef]), intoCaseId: c2, mergedAt: at(30) }]]));
    expect(await readAs('prosecutorBamako', a.id)).toBe(404);
    expect(await readAs('prosecutorMopti', a.id)).toBe(200);
    expect(await readAs('prosecutorMopti', b.id)).toBe(200);
    expect(await readAs('shelter', a.id)).toBe(404);
  });

  it('gives the case to the office of the latest event even when the transfer arrives before the opening', async () => {
    const a = await identify();
    const c = uuidv7();
    const facts = (officeId: string) => ({ caseId: c, reference: newReference('C'), officeId, victimRefs: [a.victimRef] });
    await handled(await publish(c, [
      [CaseTransferred, { ...facts('tgi-bamako-c6'), fromOfficeId: 'tgi-mopti', transferredAt: at(40) }],
      [CaseOpened, { ...facts('tgi-mopti'), identificationIds: [a.id], region: 'mopti', openedAt: at(35), openedFrom: 'identification' }],
    ]));
    expect(await readAs('prosecutorBamako', a.id)).toBe(200);
    expect(await readAs('prosecutorMopti', a.id)).toBe(404);
  });
});
