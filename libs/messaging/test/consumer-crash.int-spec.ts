import { uuidv7 } from '@relais/contracts';
import { createTestDatabase, dropTestDatabase, eventually, kafkaBrokers, testNamespace } from '@relais/test-infra';
import { KafkaJSNonRetriableError } from 'kafkajs';
import { effects, emit, Fixture, referralCreated, startFixture } from './fixture';

jest.setTimeout(180_000);

/**
 * KafkaJS leaves a consumer stopped for good after a non-retriable failure (seen while an
 * authenticated broker restarts: the crash test's consumers of three services stopped, their
 * groups empty, while readiness still said "up"). The transport replaces it, and readiness says
 * the truth meanwhile.
 */
describe('a consumer that KafkaJS gives up on (real Kafka, real Postgres)', () => {
  let databaseUrl: string;
  let fixture: Fixture;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('consumer_crash');
    fixture = await startFixture({ databaseUrl, namespace: testNamespace(), brokers: kafkaBrokers() });
  });

  afterAll(async () => {
    await fixture?.close();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('is replaced in the same group, and every event is still handled exactly once', async () => {
    await emit(fixture, referralCreated(uuidv7()));
    await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(1), 60_000, 200);
    await eventually(async () => expect(fixture.transport.ready).toBe(true), 60_000, 200);

    // The next batch fails in a way KafkaJS does not retry: its consumer crashes without restart.
    const transport = fixture.transport as unknown as { onBatch: (...args: unknown[]) => Promise<void> };
    const crashed = (fixture.transport.unwrap() as { main: unknown }).main;
    const original = transport.onBatch.bind(fixture.transport);
    let injected = false;
    transport.onBatch = async (...args: unknown[]) => {
      if (!injected) {
        injected = true;
        throw new KafkaJSNonRetriableError('injected: a failure KafkaJS does not retry');
      }
      return original(...args);
    };
    const events = Array.from({ length: 5 }, () => referralCreated(uuidv7()));
    for (const data of events) await emit(fixture, data);

    await eventually(async () => expect(injected).toBe(true), 60_000, 100);
    await eventually(async () => expect((fixture.transport.unwrap() as { main: unknown }).main).not.toBe(crashed), 60_000, 200);
    await eventually(async () => expect(await effects(fixture.dataSource)).toHaveLength(6), 90_000, 300);
    await eventually(async () => expect(fixture.transport.ready).toBe(true), 60_000, 200);
    const rows = await effects(fixture.dataSource);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(6);
  });
});
