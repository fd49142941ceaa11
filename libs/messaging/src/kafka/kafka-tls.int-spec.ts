import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DedicatedBroker } from '@relais/test-infra';
import { Kafka, logLevel } from 'kafkajs';
import { createKafka } from './kafka-client';
import { localCredentialsDir } from './security';

/**
 * TLS as production configures it (KAFKA_TLS, KAFKA_TLS_CA_FILE, KAFKA_SASL_*), against a private
 * broker started with KAFKA_AUTH=scram-tls: SASL_SSL with a certificate from a CA made for it.
 */
describe('Kafka over TLS with SCRAM', () => {
  const broker = new DedicatedBroker(19692, 19693, 'scram-tls');
  let caFile: string;
  let password: string;

  beforeAll(async () => {
    await broker.start();
    const dir = localCredentialsDir(broker.brokers)!;
    caFile = join(dir, 'ca.pem');
    password = readFileSync(join(dir, 'operator.password'), 'utf8').trim();
  }, 300_000);

  afterAll(() => broker.destroy());

  /** The operator's client configured from an environment, as a production service is. */
  const fromEnvironment = (env: NodeJS.ProcessEnv) => {
    const saved = { ...process.env };
    Object.assign(process.env, { NODE_ENV: 'production', KAFKA_SASL_USERNAME: 'operator', KAFKA_SASL_PASSWORD: password, ...env });
    try {
      return createKafka('relais-tls-test', broker.brokers);
    } finally {
      process.env = saved;
    }
  };

  it('connects with the cluster CA and the principal’s password from the environment', async () => {
    const admin = fromEnvironment({ KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: caFile }).admin();
    await admin.connect();
    try {
      expect((await admin.describeCluster()).brokers).toHaveLength(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses a broker certificate the client’s CA did not sign', async () => {
    const admin = fromEnvironment({ KAFKA_TLS: 'true' }).admin();
    await expect(admin.connect()).rejects.toThrow(/self[- ]signed|certificate/i);
  });

  it('has no plaintext listener: a client without TLS does not get in', async () => {
    const plain = new Kafka({ clientId: 'relais-tls-test', brokers: broker.brokers, sasl: { mechanism: 'scram-sha-512', username: 'operator', password }, logLevel: logLevel.NOTHING, connectionTimeout: 3000, requestTimeout: 5000, retry: { retries: 1 } });
    await expect(plain.admin().connect()).rejects.toThrow();
  });
});
