import { randomBytes } from 'node:crypto';
import { deleteNamespaceTopics, testKafka, testNamespace } from '@relais/test-infra';
import { Kafka } from 'kafkajs';

jest.setTimeout(120_000);

/** KafkaJS 2.2.4 against the Kafka 4.1 broker: the protocol versions Relais relies on still work. */
describe('the real Kafka broker', () => {
  let kafka: Kafka;
  let topic: string;
  const namespace = testNamespace();

  beforeAll(async () => {
    kafka = testKafka();
    topic = `${namespace}broker-check`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true });
    await admin.disconnect();
  });

  afterAll(() => deleteNamespaceTopics(kafka, namespace));

  async function consume(isolationLevel: 'read_committed' | 'read_uncommitted', count: number): Promise<string[]> {
    const consumer = kafka.consumer({ groupId: `${topic}.${randomBytes(3).toString('hex')}`, readUncommitted: isolationLevel === 'read_uncommitted', maxWaitTimeInMs: 200 });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, 8000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push(message.value!.toString());
            if (seen.length >= count) {
              clearTimeout(timer);
              setTimeout(resolve, 500); // and nothing more arrives
            }
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return seen;
  }

  it('round-trips a plain message', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'plain' }] });
    await producer.disconnect();
    expect(await consume('read_uncommitted', 1)).toEqual(['plain']);
  });

  it('commits a transaction and hides an aborted one from read_committed consumers', async () => {
    const producer = kafka.producer({ transactionalId: `${topic}.tx`, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const committed = await producer.transaction();
    await committed.send({ topic, messages: [{ key: 'k', value: 'committed-1' }, { key: 'k', value: 'committed-2' }] });
    await committed.commit();
    const aborted = await producer.transaction();
    await aborted.send({ topic, messages: [{ key: 'k', value: 'aborted' }] });
    await aborted.abort();
    await producer.disconnect();
    expect(await consume('read_committed', 3)).toEqual(['plain', 'committed-1', 'committed-2']);
  });
});
