/**
 * Creates the ACLs of every Relais principal on the broker of KAFKA_BROKERS, as the super-user of
 * KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD. Run by `kafka.sh start` when KAFKA_AUTH=scram; the
 * rules themselves are in libs/messaging/src/kafka/acls.ts.
 */
// Straight from the files, not @relais/messaging: the ACL set-up should not load Nest and TypeORM.
import { clusterAcls, createAcls } from '../../libs/messaging/src/kafka/acls';
import { createKafka } from '../../libs/messaging/src/kafka/kafka-client';

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (!brokers.length) throw new Error('KAFKA_BROKERS is not set');
  const admin = createKafka('relais-acls', brokers).admin();
  await admin.connect();
  try {
    const acls = clusterAcls();
    await createAcls(admin, acls);
    process.stdout.write(`${acls.length} ACLs in place for ${new Set(acls.map((a) => a.principal)).size} principals\n`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
