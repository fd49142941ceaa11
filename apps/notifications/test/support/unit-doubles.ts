import { CloudEvent } from '@relais/contracts';
import { immediateTransactions } from '@relais/testing';
import { EntityManager } from 'typeorm';
import { Delivery } from '../../src/domain/delivery';
import { RecipientRef } from '../../src/domain/recipients';
import { InboxItem } from '../../src/persistence/inbox.repository';

// The shared doubles (libs/testing): the outbox checks every event against its contract.
export { RecordingOutbox, RecordingAuditTrail as RecordingAudit } from '@relais/testing';

/** A transaction host that runs the work at once with a stand-in manager: for use-case unit specs only. */
export function fakeTransactions() {
  return immediateTransactions({} as EntityManager);
}

export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: '0195f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e',
    eventId: '0195f3a2-0000-7000-8000-000000000001',
    eventType: 'referral.created.v1',
    recipient: { kind: 'agency', id: 'agency-a' },
    channel: 'webhook',
    status: 'pending',
    attempts: 0,
    lastError: null,
    createdAt: new Date('2027-03-10T12:00:00Z'),
    nextAttemptAt: new Date('2027-03-10T12:00:00Z'),
    firstAttemptAt: null,
    lastAttemptAt: null,
    deliveredAt: null,
    failedAt: null,
    ...overrides,
  };
}

/** An unread inbox item of `recipient` holding `event`, as the inbox repository returns it. */
export function inboxItem(id: string, recipient: RecipientRef, event: CloudEvent): InboxItem {
  return {
    id,
    recipient,
    eventId: event.id,
    eventType: event.type,
    occurredAt: new Date(event.time),
    createdAt: new Date(event.time),
    payload: JSON.stringify(event),
    readAt: null,
  };
}
