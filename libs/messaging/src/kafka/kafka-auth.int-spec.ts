import { randomBytes } from 'node:crypto';
import { DedicatedBroker, deleteNamespaceTopics, kafkaBrokers, localCredentials, testKafka, testNamespace } from '@relais/test-infra';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, KafkaJSError, logLevel, ResourcePatternTypes, SASLOptions } from 'kafkajs';
import { idempotentProducer, serviceKafka } from './kafka-client';
import { kafkaSecurity } from './security';
import { ensureTopics } from './topics';

/**
 * The broker's trust boundary (issue #18): who may connect, write and read. It runs on the test
 * broker when that one has authentication, else on a private broker started with KAFKA_AUTH=scram.
 * Writes that should succeed go to a test namespace (whose ACLs are the production rules with the
 * namespace applied, see serviceKafka), so nothing lands on the real topics of a dev broker.
 */
describe('Kafka authentication and ACLs', () => {
  let dedicated: DedicatedBroker | undefined;
  let brokers: string[];
  let namespace: string;
  const clients: Kafka[] = [];

  beforeAll(async () => {
    brokers = kafkaBrokers();
    if (!localCredentials(brokers, 'admin')) {
      dedicated = new DedicatedBroker(19592, 19593, 'scram');
      await dedicated.start();
      brokers = dedicated.brokers;
    }
    namespace = testNamespace();
  }, 300_000);

  afterAll(async () => {
    if (!dedicated) await deleteNamespaceTopics(testKafka(brokers), namespace, brokers).catch(() => undefined);
    await dedicated?.destroy();
  });

  /**
   * Refusals (authentication, authorisation) are not retried by kafkajs; `retries` only covers a
   * fresh broker's group coordinator, which takes a moment to load.
   */
  function client(sasl: SASLOptions | undefined, retries = 10): Kafka {
    const kafka = new Kafka({ clientId: 'relais-auth-test', brokers, sasl, logLevel: logLevel.NOTHING, connectionTimeout: 3000, retry: { retries, maxRetryTime: 2000 } });
    clients.push(kafka);
    return kafka;
  }
  const as = (principal: string) => client(kafkaSecurity(principal, brokers).sasl);

  /** The services' producer for writes that should pass; a bounded one for refusals, as the services' retries without end would wait forever. */
  async function produce(kafka: Kafka, topic: string, expectRefusal = false): Promise<void> {
    const producer = expectRefusal ? kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 2 } }) : idempotentProducer(kafka);
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'v' }] });
    } finally {
      await producer.disconnect();
    }
  }

  async function consumeOne(kafka: Kafka, topic: string, groupId: string): Promise<string> {
    // Retries outlast a fresh broker's coordinator loading __consumer_offsets; refusals are not retried.
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200, retry: { retries: 30, maxRetryTime: 2000 } });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      let timer: NodeJS.Timeout | undefined;
      return await new Promise<string>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`nothing read from ${topic}`)), 60_000);
        consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
        consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) }).catch(reject);
      }).finally(() => clearTimeout(timer));
    } finally {
      await consumer.disconnect();
    }
  }

  const refusal = (error: unknown) => `${(error as Error).name}: ${(error as KafkaJSError).message} ${(error as { type?: string }).type ?? ''}`;

  it('the local broker kafka.sh started has a password file per principal', () => {
    for (const principal of ['admin', 'operator', 'intake', 'referral', 'prosecution', 'notifications', 'statistics']) {
      expect(kafkaSecurity(principal, brokers)).toMatchObject({ source: 'local', sasl: { mechanism: 'scram-sha-512', username: principal } });
    }
  });

  it('an unauthenticated client can neither produce nor consume', async () => {
    const anonymous = client(undefined, 1);
    await expect(produce(anonymous, 'intake.identifications', true)).rejects.toThrow();
    await expect(consumeOne(anonymous, 'intake.identifications', 'relais.referral')).rejects.toThrow();
  });

  it('a wrong password is refused', async () => {
    const impostor = client({ mechanism: 'scram-sha-512', username: 'referral', password: randomBytes(16).toString('hex') });
    await expect(impostor.admin().connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  });

  it('the notifications principal cannot write referral.referrals', async () => {
    // The real topic, as referral creates it, so the refusal is the ACL's and not a missing topic's.
    await ensureTopics(testKafka(brokers), [{ topic: 'referral.referrals', numPartitions: 3, replicationFactor: 1 }]);
    const error = await produce(as('notifications'), 'referral.referrals', true).catch((e: unknown) => e);
    expect(refusal(error)).toMatch(/TOPIC_AUTHORIZATION_FAILED|not authorized/i);
  });

  it('a service writes its own topic and another reads it, each with its own principal and group', async () => {
    const intake = await serviceKafka('intake', brokers, namespace);
    const referral = await serviceKafka('referral', brokers, namespace);
    clients.push(intake, referral);
    const topic = `${namespace}intake.identifications`;
    const admin = intake.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] }).finally(() => admin.disconnect());

    await produce(intake, topic);
    expect(await consumeOne(referral, topic, `${namespace}relais.referral`)).toBe('v');
  });

  it('a service may neither write a topic it only reads, nor use another service’s consumer group', async () => {
    const referral = await serviceKafka('referral', brokers, namespace);
    clients.push(referral);
    const topic = `${namespace}intake.identifications`;
    expect(refusal(await produce(referral, topic, true).catch((e: unknown) => e))).toMatch(/TOPIC_AUTHORIZATION_FAILED|not authorized/i);
    // kafkajs reports a FindCoordinator refused for the group as "coordinator not found"; the same
    // client finding its own group's coordinator right after shows it is a refusal, not an outage.
    expect(refusal(await consumeOne(referral, topic, `${namespace}relais.intake`).catch((e: unknown) => e))).toMatch(/GROUP_AUTHORIZATION_FAILED|group coordinator/i);
    expect(await consumeOne(referral, topic, `${namespace}relais.referral.again`)).toBe('v');
  });

  it('the operator reads every topic and writes none', async () => {
    const topic = `${namespace}intake.identifications`;
    const operator = as('operator');
    expect(await consumeOne(operator, topic, `relais.operator.${randomBytes(4).toString('hex')}`)).toBe('v');
    expect(refusal(await produce(operator, topic, true).catch((e: unknown) => e))).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
  });

  it('a test namespace leaves no ACLs behind once its topics are deleted', async () => {
    await deleteNamespaceTopics(testKafka(brokers), namespace, brokers);
    const admin = testKafka(brokers).admin();
    await admin.connect();
    try {
      const { resources } = await admin.describeAcls({ resourceType: AclResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperationTypes.ANY, permissionType: AclPermissionTypes.ANY });
      expect(resources.map((r) => r.resourceName).filter((name) => name.startsWith(namespace))).toEqual([]);
      expect(resources.map((r) => r.resourceName)).toContain('referral.referrals');
    } finally {
      await admin.disconnect();
    }
  });
});
