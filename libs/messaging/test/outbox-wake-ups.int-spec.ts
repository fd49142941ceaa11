import { uuidv7 } from '@relais/contracts';
import { createTestDatabase, deleteNamespaceTopics, dropTestDatabase, eventually, kafkaBrokers, readTopic, testKafka, testNamespace } from '@relais/test-infra';
import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { emit, Fixture, referralCreated, startFixture } from './fixture';

jest.setTimeout(180_000);

/** Long enough that a row published well within it was announced, not found by a poll. */
const POLL_MS = 5_000;
const PROMPT_MS = 1_500;

/**
 * Writers notify only while a relay waits idle (migration 20261207000100): the cluster-wide
 * notify lock is taken at commit only by the transactions that wake somebody up.
 */
describe('outbox wake-ups: NOTIFY only while a relay listens (real Postgres and Kafka)', () => {
  let databaseUrl: string;
  let namespace: string;
  let kafka: Kafka;
  const open: Fixture[] = [];
  const listeners: Client[] = [];

  beforeEach(async () => {
    databaseUrl = await createTestDatabase('wake');
    namespace = testNamespace();
    kafka = testKafka();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.close().catch(() => undefined)));
    await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => undefined)));
    await dropTestDatabase(databaseUrl);
    await deleteNamespaceTopics(kafka, namespace);
  });

  async function start(options: Partial<Parameters<typeof startFixture>[0]> = {}): Promise<Fixture> {
    const fixture = await startFixture({ databaseUrl, namespace, brokers: kafkaBrokers(), consumer: false, relayPollMs: POLL_MS, ...options });
    open.push(fixture);
    return fixture;
  }

  /** Counts the notifications writers send, as a relay's LISTEN would receive them. */
  async function observeNotifications(): Promise<{ count: number }> {
    const seen = { count: 0 };
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    listeners.push(client);
    client.on('notification', () => (seen.count += 1));
    await client.query('LISTEN "relais_outbox_referral"');
    return seen;
  }

  const listening = async (f: Fixture): Promise<number> =>
    (await f.dataSource.query('SELECT count(*)::int AS n FROM outbox_listeners WHERE listening'))[0].n;

  /** A relay woken by a first row whose batch then stays in flight (busy) until `release()`. */
  async function busyRelay(): Promise<{ fixture: Fixture; release: () => void }> {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let busy = false;
    const fixture = await start({
      hooks: {
        afterPublish: async () => {
          busy = true;
          await gate;
        },
      },
    });
    await eventually(async () => expect(await listening(fixture)).toBe(1));
    await emit(fixture, referralCreated(uuidv7()));
    await eventually(() => expect(busy).toBe(true), 10_000, 10);
    return { fixture, release };
  }

  async function publishedWithin(f: Fixture, eventId: string): Promise<number> {
    const started = Date.now();
    await eventually(async () => {
      const [row] = await f.dataSource.query('SELECT published_at FROM outbox WHERE event_id = $1', [eventId]);
      expect(row.published_at).not.toBeNull();
    }, 3 * POLL_MS, 20);
    return Date.now() - started;
  }

  it('relays a row committed while the relay waits idle at once, well within the fallback poll', async () => {
    const fixture = await start();
    await eventually(async () => expect(await listening(fixture)).toBe(1));
    for (let i = 0; i < 3; i += 1) {
      const event = await emit(fixture, referralCreated(uuidv7()));
      expect(await publishedWithin(fixture, event.id)).toBeLessThan(PROMPT_MS);
      // Back to idle (and listening) before the next one, so each is a wake-up, not a batch in flight.
      await eventually(async () => expect(await listening(fixture)).toBe(1), 10_000, 20);
    }
  });

  it('does not notify while the relay is busy, then relays what was written meanwhile', async () => {
    const notifications = await observeNotifications();
    // Idle: the first row's commit notifies, which wakes the relay; its batch then waits at the gate.
    const { fixture, release } = await busyRelay();
    await eventually(() => expect(notifications.count).toBe(1), 5_000, 10);
    expect(await listening(fixture)).toBe(0);

    // Busy: concurrent writers commit without a notification.
    const during = await Promise.all(Array.from({ length: 20 }, () => emit(fixture, referralCreated(uuidv7()))));
    await new Promise((r) => setTimeout(r, 300));
    expect(notifications.count).toBe(1);

    release();
    await eventually(async () => {
      const [{ n }] = await fixture.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
      expect(n).toBe(0);
    }, 3 * POLL_MS);
    const ids = new Set((await readTopic(kafka, `${namespace}referral.referrals`)).map((m) => JSON.parse(m.value!.toString()).id));
    for (const e of during) expect(ids.has(e.id)).toBe(true);
    // Idle again: writers notify again.
    await eventually(async () => expect(await listening(fixture)).toBe(1), 10_000, 20);
    await emit(fixture, referralCreated(uuidv7()));
    await eventually(() => expect(notifications.count).toBe(2), 5_000, 10);
  });

  it('a replica busy with a batch does not silence the wake-ups an idle one waits for', async () => {
    const { release } = await busyRelay();
    const idle = await start();
    await eventually(async () => expect(await listening(idle)).toBe(1));
    // Another key: the stuck replica holds only its own key's lock, so the idle one may claim this.
    const event = await emit(idle, referralCreated(uuidv7()));
    expect(await publishedWithin(idle, event.id)).toBeLessThan(PROMPT_MS);
    release();
  });

  it('ignores the mark of a relay that died listening, once its heartbeat is two minutes old', async () => {
    const notifications = await observeNotifications();
    const { fixture, release } = await busyRelay();
    await eventually(() => expect(notifications.count).toBe(1), 5_000, 10);
    // The relay is busy; a replica killed while listening left its row behind.
    const dead = uuidv7();
    await fixture.dataSource.query(`INSERT INTO outbox_listeners (relay_id, listening, seen_at) VALUES ($1, true, now())`, [dead]);
    await emit(fixture, referralCreated(uuidv7()));
    await eventually(() => expect(notifications.count).toBe(2), 5_000, 10);
    await fixture.dataSource.query(`UPDATE outbox_listeners SET seen_at = now() - interval '121 seconds' WHERE relay_id = $1`, [dead]);
    await Promise.all(Array.from({ length: 5 }, () => emit(fixture, referralCreated(uuidv7()))));
    await new Promise((r) => setTimeout(r, 300));
    expect(notifications.count).toBe(2);
    release();
  });

  it('loses no row when writers race the relay going idle, over many rounds', async () => {
    const fixture = await start();
    await eventually(async () => expect(await listening(fixture)).toBe(1));
    const emitted: string[] = [];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Bursts with random gaps around the relay's batch + mark + re-claim: writers keep landing on
    // both sides of its idle transition.
    for (let round = 0; round < 60; round += 1) {
      const burst = await Promise.all(
        Array.from({ length: 1 + (round % 4) }, async () => {
          await sleep(Math.random() * 15);
          return emit(fixture, referralCreated(uuidv7()));
        }),
      );
      emitted.push(...burst.map((e) => e.id));
      await sleep(Math.random() * 25);
    }
    // A wake-up lost in the race costs at most one fallback poll; a lost row never comes.
    await eventually(async () => {
      const [{ n }] = await fixture.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
      expect(n).toBe(0);
    }, 3 * POLL_MS);
    const published = new Set((await readTopic(kafka, `${namespace}referral.referrals`)).map((m) => JSON.parse(m.value!.toString()).id));
    expect(emitted.filter((id) => !published.has(id))).toEqual([]);
    expect(published.size).toBe(emitted.length);
  });
});
