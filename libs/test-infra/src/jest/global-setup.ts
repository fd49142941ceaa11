import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrl, isPortOpen, kafkaBrokers } from '../environment';
import { withClient } from '@relais/persistence';

const repoRoot = join(__dirname, '../../../..');

/**
 * Integration tests run against the real broker and the real database. When no external Kafka is
 * configured and none listens locally, the project's own runner starts one for this test run.
 */
export default async function globalSetup(): Promise<void> {
  // Workers inherit it: the one that starts Keycloak (ensureKeycloak) leaves a marker for teardown.
  process.env.RELAIS_TEST_RUN_ID ??= String(process.pid);
  // Services under test anchor their throwaway databases' audit chains in a temp directory, not in .relais.
  process.env.AUDIT_ANCHOR_DIR ??= join(tmpdir(), 'relais-test-audit-anchors');
  await withClient(databaseUrl().replace(/\/[^/]*$/, '/postgres'), (c) => c.query('SELECT 1')).catch((error) => {
    throw new Error(`Postgres is not reachable at ${databaseUrl()}: ${(error as Error).message}`);
  });
  const [broker] = kafkaBrokers();
  if (await isPortOpen(broker)) return;
  if (process.env.KAFKA_BROKERS) throw new Error(`KAFKA_BROKERS=${process.env.KAFKA_BROKERS} is not reachable`);
  console.log('\nStarting a local Kafka broker for the tests (deploy/kafka/kafka.sh start)…');
  execFileSync('bash', [join(repoRoot, 'deploy/kafka/kafka.sh'), 'start'], { stdio: 'inherit' });
  process.env.RELAIS_TEST_STARTED_KAFKA = '1';
}
