import { ReferralCreated, uuidv7 } from '@relais/contracts';
import { createLogger } from '@relais/observability';
import { createTestDatabase, DedicatedBroker, dropTestDatabase, eventually, testKafka, testNamespace } from '@relais/test-infra';
import { KafkaNames, OutboxRelay } from '../src';
import { effects, Fixture, referralCreated, startFixture } from './fixture';

jest.setTimeout(600_000);

const KEYS = 100;
const PER_KEY = 100;

/**
 * The backbone under stress: 10,000 events across 100 keys, published by two relays at once while
 * the broker is stopped and started again. Every effect must happen exactly once, in order per key.
 * It runs on a private broker so the restart does not disturb the other test files.
 */
describe('10,000 events, two relays, a broker restart', () => {
  const broker = new DedicatedBroker(19092);
  let databaseUrl: string;
  let fixture: Fixture;
  let secondRelay: OutboxRelay;

  beforeAll(async () => {
    await broker.start();
    databaseUrl = await createTestDatabase('restart');
    fixture = await startFixture({
      databaseUrl,
      namespace: testNamespace(),
      brokers: broker.brokers,
      overrides: { maxAttempts: 10 },
    });
    secondRelay = new OutboxRelay(
      fixture.dataSource,
      testKafka(broker.brokers),
      fixture.app.get(KafkaNames),
      { ...fixture.options, relay: { ...fixture.options.relay, batchSize: 200 } },
      createLogger('second-relay', 'silent'),
    );
    await secondRelay.start();
  });

  afterAll(async () => {
    await secondRelay?.stop();
    await fixture?.close();
    await broker.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('handles every event exactly once and keeps each key in order', async () => {
    const keys = Array.from({ length: KEYS }, () => uuidv7());
    const written: Record<string, string[]> = Object.fromEntries(keys.map((k) => [k, []]));

    // Writers interleave keys, 100 events per transaction, as concurrent requests would.
    const writes = (async () => {
      for (let round = 0; round < PER_KEY; round++) {
        await fixture.dataSource.transaction(async (manager) => {
          for (const key of keys) {
            const event = await fixture.outbox.emit(manager, ReferralCreated, referralCreated(key));
            written[key].push(event.id);
          }
        });
      }
    })();

    await eventually(async () => expect((await effects(fixture.dataSource)).length).toBeGreaterThan(2000), 120_000, 200);
    await broker.stop();
    await new Promise((r) => setTimeout(r, 3000));
    await broker.start();
    await writes;

    await eventually(async () => expect((await effects(fixture.dataSource)).length).toBe(KEYS * PER_KEY), 300_000, 500);
    await new Promise((r) => setTimeout(r, 3000));
    const rows = await effects(fixture.dataSource);
    expect(rows).toHaveLength(KEYS * PER_KEY);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(KEYS * PER_KEY);

    const handledOrder: Record<string, string[]> = {};
    for (const row of rows) (handledOrder[row.message_key] ??= []).push(row.event_id);
    const outOfOrder = keys.filter((k) => JSON.stringify(handledOrder[k]) !== JSON.stringify(written[k]));
    if (outOfOrder.length) {
      const k = outOfOrder[0];
      const detail = rows.filter((r) => r.message_key === k).map((r) => `${r.seq} ${r.event_id} ${r.topic}@${r.kafka_offset} attempt ${r.attempt} (written #${written[k].indexOf(r.event_id)})`);
      const outbox = await fixture.dataSource.query('SELECT id, event_id, published_at FROM outbox WHERE message_key = $1 ORDER BY id', [k]);
      console.log(`out of order keys: ${outOfOrder.length}\n${detail.join('\n')}\n${outbox.map((o: { id: string; event_id: string; published_at: Date }) => `${o.id} ${o.event_id} ${o.published_at.toISOString()}`).join('\n')}`);
    }
    expect(outOfOrder).toEqual([]);

    const [{ unpublished }] = await fixture.dataSource.query('SELECT count(*)::int AS unpublished FROM outbox WHERE published_at IS NULL');
    expect(unpublished).toBe(0);
  });
});
