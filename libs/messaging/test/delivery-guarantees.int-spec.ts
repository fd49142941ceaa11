import { buildEvent, CLOUDEVENTS_CONTENT_TYPE, Headers, ReferralCreated, uuidv7 } from '@relais/contracts';
import { sealAuditLog, verifyAuditChain } from '@relais/auth';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, eventually, kafkaBrokers, readTopic, testKafka, testNamespace } from '@relais/test-infra';
import { createLogger } from '@relais/observability';
import { Kafka, Producer } from 'kafkajs';
import { InvalidEventError, KafkaNames, OutboxOutsideTransactionError, OutboxRelay, readDeadLetters, replayDeadLetters } from '../src';
import { auditStatements, auditTrail, effects, emit, Fixture, referralCreated, startFixture } from './fixture';

jest.setTimeout(120_000);

describe('messaging delivery guarantees (real Postgres and Kafka)', () => {
  let databaseUrl: string;
  let namespace: string;
  let kafka: Kafka;
  let producer: Producer;
  const open: Fixture[] = [];

  beforeEach(async () => {
    databaseUrl = await createTestDatabase('msg');
    namespace = testNamespace();
    kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.close().catch(() => undefined)));
    await producer.disconnect();
    await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(kafka, namespace);
  });

  async function start(options: Partial<Parameters<typeof startFixture>[0]> = {}): Promise<Fixture> {
    const fixture = await startFixture({ databaseUrl, namespace, brokers: kafkaBrokers(), ...options });
    open.push(fixture);
    return fixture;
  }

  const topic = () => `${namespace}referral.referrals`;
  const group = () => `${namespace}relais.referral`;

  it('publishes through the outbox and handles the event once', async () => {
    const fixture = await start();
    const event = await emit(fixture, referralCreated(uuidv7()));
    await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(1));
    const [row] = await fixture.dataSource.query('SELECT published_at FROM outbox WHERE event_id = $1', [event.id]);
    expect(row.published_at).not.toBeNull();
    const [inbox] = await fixture.dataSource.query('SELECT consumer_group FROM inbox WHERE event_id = $1', [event.id]);
    expect(inbox.consumer_group).toBe(group());
    const [message] = await readTopic(kafka, topic());
    expect(message.headers?.[Headers.ContentType]?.toString()).toBe(CLOUDEVENTS_CONTENT_TYPE);
    expect(JSON.parse(message.value!.toString())).toMatchObject({ specversion: '1.0', id: event.id, type: 'referral.created.v1' });
  });

  it('refuses to write an event outside a transaction, or one its contract rejects', async () => {
    const fixture = await start({ relay: false, consumer: false });
    const event = buildEvent(ReferralCreated, referralCreated(uuidv7()), { correlationId: 'c' });
    await expect(fixture.outbox.add(fixture.dataSource.manager, event)).rejects.toBeInstanceOf(OutboxOutsideTransactionError);
    const bad = { ...referralCreated(uuidv7()), need: 'spa' } as never;
    await expect(fixture.dataSource.transaction((m) => fixture.outbox.emit(m, ReferralCreated, bad))).rejects.toBeInstanceOf(InvalidEventError);
    expect(await fixture.dataSource.query('SELECT * FROM outbox')).toHaveLength(0);
  });

  it('a relay that stops after Kafka acknowledged but before marking the rows causes no second effect', async () => {
    const fixture = await start({ relay: false });
    const event = await emit(fixture, referralCreated(uuidv7()));
    const log = createLogger('test', 'silent');
    const crashing: OutboxRelay = new OutboxRelay(fixture.dataSource, kafka, fixture.app.get(KafkaNames), {
      ...fixture.options,
      hooks: {
        afterPublish: () => {
          void crashing.stop();
          throw new Error('simulated crash between publish and mark');
        },
      },
    }, log);
    await crashing.start();
    await eventually(async () => expect(await readTopic(kafka, topic())).toHaveLength(1));
    await crashing.stop();
    const [unmarked] = await fixture.dataSource.query('SELECT published_at FROM outbox WHERE event_id = $1', [event.id]);
    expect(unmarked.published_at).toBeNull();

    const restarted = new OutboxRelay(fixture.dataSource, kafka, fixture.app.get(KafkaNames), fixture.options, log);
    await restarted.start();
    try {
      await eventually(async () => {
        const [row] = await fixture.dataSource.query('SELECT published_at FROM outbox WHERE event_id = $1', [event.id]);
        expect(row.published_at).not.toBeNull();
      });
      const copies = (await readTopic(kafka, topic())).filter((m) => JSON.parse(m.value!.toString()).id === event.id);
      expect(copies).toHaveLength(2);
      await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(1));
      await new Promise((r) => setTimeout(r, 1500));
      expect(await effects(fixture.dataSource)).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });

  it('a consumer that stops after its database commit but before the offset commit causes no second effect', async () => {
    let killed = false;
    const first = await start({
      hooks: {
        beforeOffsetCommit: (ids) => {
          if (killed || !ids.length) return;
          killed = true;
          void first.close();
          throw new Error('simulated crash between database commit and offset commit');
        },
      },
    });
    const event = await emit(first, referralCreated(uuidv7()));
    await eventually(async () => expect(killed).toBe(true));
    await eventually(async () => expect(await effects(first.dataSource)).toHaveLength(1));

    const redelivered: string[][] = [];
    const second = await start({ relay: false, hooks: { beforeOffsetCommit: (ids) => void redelivered.push(ids) } });
    await eventually(async () => expect(redelivered.length).toBeGreaterThan(0), 60_000);
    expect(redelivered.flat()).not.toContain(event.id);
    expect(second.behaviour.calls).toBe(0);
    const rows = await effects(second.dataSource);
    expect(rows.map((r) => r.event_id)).toEqual([event.id]);
  });

  it('sends a poison event and an always-failing one to the dead-letter topic while later events are handled', async () => {
    const fixture = await start({ behaviour: { calls: 0, failAgency: 'refuses' } });
    const key = uuidv7();
    const valid = (agency: string) => JSON.stringify(buildEvent(ReferralCreated, referralCreated(key, agency), { correlationId: 'c' }));
    const headers = { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE };
    await producer.send({
      topic: topic(),
      messages: [
        { key, value: valid('before'), headers },
        { key, value: '{"specversion":"1.0", "this is": not json', headers },
        { key, value: valid('refuses'), headers },
        { key, value: valid('after'), headers },
      ],
    });
    await eventually(async () => {
      const agencies = (await effects(fixture.dataSource)).map((r) => r.agency_id);
      expect(agencies).toEqual(['before', 'after']);
    });
    const dead = await eventually(async () => {
      const messages = await readTopic(kafka, `${group()}.dlq`);
      expect(messages).toHaveLength(2);
      return messages;
    }, 60_000);
    const reasons = dead.map((m) => ({ error: m.headers?.[Headers.Error]?.toString(), attempt: m.headers?.[Headers.Attempt]?.toString(), original: m.headers?.[Headers.OriginalTopic]?.toString() }));
    expect(reasons).toContainEqual({ error: 'envelope: not valid JSON', attempt: '1', original: 'referral.referrals' });
    expect(reasons).toContainEqual({ error: 'Error: handler refuses agency refuses', attempt: '3', original: 'referral.referrals' });
    // The refusing event was tried exactly maxAttempts times; the others took effect once each.
    expect(fixture.behaviour.callsByAgency?.refuses).toBe(3);
    expect(await effects(fixture.dataSource)).toHaveLength(2);

    // Once the cause is fixed, an operator replays the dead letters: the handled one lands, the
    // poison one fails validation again and goes back to the dead-letter topic.
    fixture.behaviour.failAgency = undefined;
    const letters = await readDeadLetters(kafka, `${group()}.dlq`);
    expect(letters.map((l) => l.error).sort()).toEqual(['Error: handler refuses agency refuses', 'envelope: not valid JSON']);
    await replayDeadLetters(kafka, `${group()}.retry`, letters);
    await eventually(async () => expect((await effects(fixture.dataSource)).map((r) => r.agency_id)).toEqual(['before', 'after', 'refuses']));
    await eventually(async () => expect(await readTopic(kafka, `${group()}.dlq`)).toHaveLength(3), 30_000);
  });

  it("writes a consumer run's outbox events and audit records in order, and none of a failing event's", async () => {
    // No relay: the outbox rows stay where the consumer wrote them.
    const fixture = await start({ relay: false, behaviour: { calls: 0, failAgency: 'refuses', emitAccepted: true, audit: true } });
    const key = uuidv7();
    const headers = { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE };
    const agencies = ['first', 'refuses', 'second', 'third'];
    // One send on one key: one partition, so the four usually arrive in one consumer run.
    await producer.send({
      topic: topic(),
      messages: agencies.map((agency) => ({ key, value: JSON.stringify(buildEvent(ReferralCreated, referralCreated(key, agency), { correlationId: 'c' })), headers })),
    });
    await eventually(async () => expect((await effects(fixture.dataSource)).map((r) => r.agency_id)).toEqual(['first', 'second', 'third']));
    // The refusing event goes to the dead-letter topic after its last attempt; its outbox row never commits.
    await eventually(async () => expect(await readTopic(kafka, `${group()}.dlq`)).toHaveLength(1), 60_000);
    const rows: { event_type: string; agency: string }[] = await fixture.dataSource.query(
      `SELECT event_type, payload::json -> 'data' ->> 'agencyId' AS agency FROM outbox ORDER BY id`,
    );
    expect(rows).toEqual(['first', 'second', 'third'].map((agency) => ({ event_type: 'referral.accepted.v1', agency })));
    // The run was redone with a savepoint per event: each event's records went in its own insert
    // inside it, and the refusing event's were discarded with its savepoint, on every attempt.
    expect(await auditTrail(fixture.dataSource)).toEqual(['first-a', 'first-b', 'second-a', 'second-b', 'third-a', 'third-b']);
    expect((await auditStatements(fixture.dataSource)).map((s) => s.resource_ids)).toEqual([
      ['first-a', 'first-b'],
      ['second-a', 'second-b'],
      ['third-a', 'third-b'],
    ]);
  });

  it("writes a consumer run's audit records in one insert, in the order they were appended, and the sealer chains them", async () => {
    const fixture = await start({ relay: false, behaviour: { calls: 0, audit: true } });
    const key = uuidv7();
    const headers = { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE };
    const agencies = ['one', 'two', 'three', 'four'];
    // One send on one key: one record batch on one partition, fetched and handled as one run.
    await producer.send({
      topic: topic(),
      messages: agencies.map((agency) => ({ key, value: JSON.stringify(buildEvent(ReferralCreated, referralCreated(key, agency), { correlationId: 'c' })), headers })),
    });
    await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(4));
    const appended = agencies.flatMap((agency) => [`${agency}-a`, `${agency}-b`]);
    expect(await auditTrail(fixture.dataSource)).toEqual(appended);
    const statements = await auditStatements(fixture.dataSource);
    expect(statements.map((s) => s.resource_ids)).toEqual([appended]);
    // ...in the run's own transaction, the one that wrote the handlers' effects.
    expect(new Set((await effects(fixture.dataSource)).map((e) => e.tx))).toEqual(new Set([statements[0].tx]));

    // The records committed with the run: the sealer chains them like any others.
    expect(await sealAuditLog(fixture.dataSource)).toBe(8);
    const report = await verifyAuditChain(fixture.dataSource, 'referral');
    expect(report).toMatchObject({ ok: true, rows: 8 });
    expect(report.unsealed).toBeUndefined();
  });

  it('leaves no audit record of a run whose commit fails, and writes each once when the run is redelivered', async () => {
    const fixture = await start({ relay: false, behaviour: { calls: 0, audit: true } });
    // The run dies at COMMIT, after its handlers ran and its buffered records were written.
    await fixture.dataSource.query(`INSERT INTO refused_commits (agency_id) VALUES ('doomed')`);
    const key = uuidv7();
    const headers = { [Headers.ContentType]: CLOUDEVENTS_CONTENT_TYPE };
    await producer.send({
      topic: topic(),
      messages: ['before', 'doomed'].map((agency) => ({ key, value: JSON.stringify(buildEvent(ReferralCreated, referralCreated(key, agency), { correlationId: 'c' })), headers })),
    });
    // Twice: the first run failed as a whole and its batch came back.
    await eventually(async () => expect(fixture.behaviour.callsByAgency?.doomed ?? 0).toBeGreaterThanOrEqual(2), 60_000);
    expect(await effects(fixture.dataSource)).toHaveLength(0);
    expect(await auditTrail(fixture.dataSource)).toEqual([]);
    expect(await auditStatements(fixture.dataSource)).toEqual([]);

    await fixture.dataSource.query('DELETE FROM refused_commits');
    await eventually(async () => expect((await effects(fixture.dataSource)).map((e) => e.agency_id)).toEqual(['before', 'doomed']), 60_000);
    expect(await auditTrail(fixture.dataSource)).toEqual(['before-a', 'before-b', 'doomed-a', 'doomed-b']);
    expect((await auditStatements(fixture.dataSource)).map((s) => s.resource_ids)).toEqual([['before-a', 'before-b', 'doomed-a', 'doomed-b']]);
  });

  it('skips and commits an event of a type it does not know, without dead-lettering it', async () => {
    const fixture = await start();
    const key = uuidv7();
    const known = buildEvent(ReferralCreated, referralCreated(key), { correlationId: 'c' });
    const unknown = { ...buildEvent(ReferralCreated, referralCreated(key), { correlationId: 'c' }), type: 'referral.transferred-abroad.v1' };
    await producer.send({ topic: topic(), messages: [{ key, value: JSON.stringify(unknown) }, { key, value: JSON.stringify(known) }] });
    await eventually(async () => expect((await effects(fixture.dataSource)).map((r) => r.event_id)).toEqual([known.id]));
    const admin = kafka.admin();
    await admin.connect();
    try {
      await eventually(async () => {
        const [offsets] = await admin.fetchOffsets({ groupId: group(), topics: [topic()] });
        const committed = offsets.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
        expect(committed).toBe(2);
      });
    } finally {
      await admin.disconnect();
    }
    expect(await readTopic(kafka, `${group()}.dlq`)).toHaveLength(0);
  });
});
