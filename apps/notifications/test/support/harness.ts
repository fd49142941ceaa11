import { randomBytes } from 'node:crypto';
import { Principal } from '@relais/auth';
import { CloudEvent, EventDefinition, Topics } from '@relais/contracts';
import { publishTestEvent, readEvents, request, startTestService, testKafka, TestService, tokenFor } from '@relais/testing';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { NOTIFICATIONS_SERVICE } from '../../src/notifications.service-definition';

export interface Harness {
  service: TestService;
  kafka: Kafka;
  db: DataSource;
  publish<T extends object>(definition: EventDefinition<T>, data: T, options?: { id?: string }): Promise<CloudEvent<T>>;
  call(path: string, as: Principal, options?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  deliveriesOf(eventId: string): Promise<DeliveryRow[]>;
  producedEvents<T extends object>(type: string): Promise<CloudEvent<T>[]>;
  close(): Promise<void>;
}

export interface DeliveryRow {
  id: string;
  recipient: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

/** The real service on a fresh database and topic namespace, with the channel endpoints it should use. */
export async function startHarness(env: Record<string, string>): Promise<Harness> {
  const service = await startTestService(NOTIFICATIONS_SERVICE, { env: { DISPATCH_POLL_MS: '200', ...env } });
  const kafka = testKafka();
  const db = service.app.get(DataSource);
  return {
    service,
    kafka,
    db,
    publish: (definition, data, options = {}) => publishTestEvent(kafka, service.namespace, definition, data, options),
    call: async (path, as, options = {}) => request(`${service.url}${path}`, { ...options, token: await tokenFor(as) }),
    deliveriesOf: (eventId) =>
      db.query(
        `SELECT id, recipient_kind || ':' || recipient_id AS recipient, channel, status, attempts, last_error
           FROM deliveries WHERE event_id = $1 ORDER BY recipient_kind, recipient_id, channel`,
        [eventId],
      ),
    producedEvents: (type) => readEvents(kafka, service.namespace, Topics.NotificationsDeliveries, type),
    close: () => service.close(),
  };
}

/** A fresh Standard Webhooks secret. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export const users = {
  coordinator: { sub: 'u-coordinator', roles: ['coordinator'] } as Principal,
  sysadmin: { sub: 'u-sysadmin', roles: ['system_admin'] } as Principal,
  adminOf: (agencyId: string): Principal => ({ sub: `u-admin-${agencyId}`, roles: ['agency_admin'], agencyId }),
  caseworkerOf: (agencyId: string, n = 1): Principal => ({ sub: `u-caseworker-${n}-${agencyId}`, roles: ['agency_caseworker'], agencyId }),
  prosecutorOf: (officeId: string): Principal => ({ sub: `u-prosecutor-${officeId}`, roles: ['prosecutor'], jurisdiction: officeId }),
  officer: { sub: 'u-officer', roles: ['police_officer'], unitId: 'unit-1' } as Principal,
};
