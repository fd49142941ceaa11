import { AuditEntry, AuditTrail } from '@relais/auth';
import { CloudEvent, EventDefinition } from '@relais/contracts';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { EntityManager } from 'typeorm';
import { Delivery } from '../../src/domain/delivery';

/** A transaction host that runs the work at once with a stand-in manager: for use-case unit specs only. */
export function fakeTransactions(): { tx: TransactionHost; manager: EntityManager; runs: () => number } {
  const manager = {} as EntityManager;
  let count = 0;
  const tx = {
    manager,
    run: <T>(work: (m: EntityManager) => Promise<T>) => {
      count += 1;
      return work(manager);
    },
  } as unknown as TransactionHost;
  return { tx, manager, runs: () => count };
}

export class RecordingAudit {
  readonly entries: AuditEntry[] = [];
  readonly trail = { append: async (_: EntityManager, entry: AuditEntry) => void this.entries.push(entry) } as unknown as AuditTrail;
}

export class RecordingOutbox {
  readonly events: { type: string; data: object; options?: object }[] = [];
  readonly outbox = {
    emit: async (_: EntityManager, definition: EventDefinition, data: object, options?: object) => {
      this.events.push({ type: definition.type, data, options });
      return {} as CloudEvent;
    },
  } as unknown as Outbox;
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
