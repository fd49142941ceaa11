import { consumerGroup, deadLetterTopic, retryTopic, SERVICES, ServiceName, Topic, TOPIC_OWNERS, Topics } from '@relais/contracts';
import { AclEntry, AclOperationTypes, AclPermissionTypes, AclResourceTypes, Admin, ResourcePatternTypes } from 'kafkajs';

/**
 * The business topics each service consumes: the topics of the event types its @EventPattern
 * handlers name. The broker lets a service read these and no other (an app whose handlers need
 * more fails at start-up with TOPIC_AUTHORIZATION_FAILED, so this list cannot silently lag).
 */
export const SUBSCRIPTIONS: Readonly<Record<ServiceName, readonly Topic[]>> = {
  intake: [Topics.ReferralReferrals, Topics.ProsecutionCases],
  referral: [Topics.IntakeIdentifications],
  prosecution: [Topics.IntakeIdentifications, Topics.ReferralReferrals],
  notifications: [Topics.IntakeIdentifications, Topics.ReferralReferrals, Topics.ProsecutionCases],
  statistics: [Topics.IntakeIdentifications, Topics.ReferralReferrals, Topics.ProsecutionCases],
};

/** The principal with read-only access to every topic, for operators' tools (kcat, the DLQ reader). */
export const OPERATOR_PRINCIPAL = 'operator';

const { READ, WRITE, CREATE, DESCRIBE, DELETE, DESCRIBE_CONFIGS } = AclOperationTypes;
const { TOPIC, GROUP, CLUSTER } = AclResourceTypes;
const { LITERAL, PREFIXED } = ResourcePatternTypes;

function allow(principal: string, resourceType: AclResourceTypes, resourceName: string, pattern: ResourcePatternTypes, operations: AclOperationTypes[]): AclEntry[] {
  return operations.map((operation) => ({
    principal: `User:${principal}`,
    host: '*',
    operation,
    permissionType: AclPermissionTypes.ALLOW,
    resourceType,
    resourceName,
    resourcePatternType: pattern,
  }));
}

/**
 * What one service's principal may do, under a topic namespace ('' in production):
 * - write (and read) its own business topics and its group's retry and dead-letter topics;
 * - read the topics it consumes;
 * - create all of those: today every service creates, at start-up, the topics it touches
 *   (auto-creation is off), whichever starts first. Creating a topic grants no right to write it;
 * - use only its own consumer groups: a prefixed ACL, because the retry consumer
 *   (`relais.<service>.retrier`) and a statistics rebuild (`relais.statistics.rebuild.<id>`)
 *   are groups of their own. DELETE lets the rebuild remove its single-use group.
 * Idempotent producers need no cluster ACL: WRITE on a topic is enough since Kafka 2.8 (KIP-679).
 */
export function serviceAcls(service: ServiceName, namespace = ''): AclEntry[] {
  const group = `${namespace}${consumerGroup(service)}`;
  const owned = (Object.keys(TOPIC_OWNERS) as Topic[]).filter((t) => TOPIC_OWNERS[t] === service).map((t) => `${namespace}${t}`);
  const written = [...owned, retryTopic(group), deadLetterTopic(group)];
  const read = SUBSCRIPTIONS[service].map((t) => `${namespace}${t}`).filter((t) => !written.includes(t));
  return [
    ...written.flatMap((t) => allow(service, TOPIC, t, LITERAL, [WRITE, READ, CREATE, DESCRIBE])),
    ...read.flatMap((t) => allow(service, TOPIC, t, LITERAL, [READ, CREATE, DESCRIBE])),
    ...allow(service, GROUP, group, PREFIXED, [READ, DESCRIBE, DELETE]),
  ];
}

/**
 * The operator reads and describes everything (topics carry references, never personal data) and
 * may join groups of its own (`relais.operator…`, for `kcat -G`); it writes nothing.
 */
export function operatorAcls(): AclEntry[] {
  return [
    ...allow(OPERATOR_PRINCIPAL, TOPIC, '*', LITERAL, [READ, DESCRIBE, DESCRIBE_CONFIGS]),
    ...allow(OPERATOR_PRINCIPAL, GROUP, '*', LITERAL, [DESCRIBE]),
    ...allow(OPERATOR_PRINCIPAL, GROUP, consumerGroup(OPERATOR_PRINCIPAL), PREFIXED, [READ]),
    ...allow(OPERATOR_PRINCIPAL, CLUSTER, 'kafka-cluster', LITERAL, [DESCRIBE, DESCRIBE_CONFIGS]),
  ];
}

/** Every ACL of a Relais cluster without namespace: what `kafka.sh start` creates. */
export function clusterAcls(): AclEntry[] {
  return [...SERVICES.flatMap((s) => serviceAcls(s)), ...operatorAcls()];
}

/** Creates ACLs (existing ones are left as they are: creating an ACL twice is a no-op). */
export async function createAcls(admin: Admin, acls: AclEntry[]): Promise<void> {
  if (acls.length) await admin.createAcls({ acl: acls });
}
