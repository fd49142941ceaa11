/** Business topics, one per aggregate stream; keys keep each aggregate's events in order. */
export const Topics = {
  /** key: victimRef */
  IntakeIdentifications: 'intake.identifications',
  /** key: referral id (escalation id when no referral could be made) */
  ReferralReferrals: 'referral.referrals',
  /** key: case id */
  ProsecutionCases: 'prosecution.cases',
  /** key: delivery id */
  NotificationsDeliveries: 'notifications.deliveries',
} as const;
export type Topic = (typeof Topics)[keyof typeof Topics];

/**
 * The one service that may write each business topic. Consumers check it (see provenance.ts) so
 * that an event forged by another principal is dead-lettered rather than believed.
 */
export const TOPIC_OWNERS: Readonly<Record<Topic, ServiceName>> = {
  [Topics.IntakeIdentifications]: 'intake',
  [Topics.ReferralReferrals]: 'referral',
  [Topics.ProsecutionCases]: 'prosecution',
  [Topics.NotificationsDeliveries]: 'notifications',
};

export function isBusinessTopic(topic: string): topic is Topic {
  return Object.prototype.hasOwnProperty.call(TOPIC_OWNERS, topic);
}

export const SERVICES = ['intake', 'referral', 'prosecution', 'notifications', 'statistics'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const SERVICE_PORTS: Record<ServiceName, number> = {
  intake: 3001,
  referral: 3002,
  prosecution: 3003,
  notifications: 3004,
  statistics: 3005,
};

/** One consumer group per service; retries and dead letters are per group. */
export function consumerGroup(service: ServiceName | string): string {
  return `relais.${service}`;
}
export function retryTopic(group: string): string {
  return `${group}.retry`;
}
export function deadLetterTopic(group: string): string {
  return `${group}.dlq`;
}

/** Kafka headers Relais sets besides the CloudEvent body. */
export const Headers = {
  ContentType: 'content-type',
  TraceParent: 'traceparent',
  TraceState: 'tracestate',
  Attempt: 'relais-attempt',
  NotBefore: 'relais-not-before',
  OriginalTopic: 'relais-original-topic',
  Error: 'relais-error',
  FailedAt: 'relais-failed-at',
} as const;

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
