import { randomBytes } from 'node:crypto';
import { IdempotencyStore } from '@relais/platform';
import { immediateTransactions, RecordingAuditTrail, RecordingOutbox } from '@relais/testing';
import { BlindIndex, PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { EntityManager } from 'typeorm';

/**
 * Stand-ins for the I/O a use case orchestrates, for unit specs of that orchestration only: the
 * real transaction, vault and audit trail are exercised by the medium and integration tests. The
 * outbox is the shared recording one, which checks every event against its contract.
 */
export function unitDoubles() {
  const manager = { marker: 'manager' } as unknown as EntityManager;
  const { tx } = immediateTransactions(manager);
  const idempotency = {
    execute: jest.fn(async (_m: EntityManager, _r: unknown, work: () => Promise<{ status: number; body: unknown }>) => ({ ...(await work()), replayed: false })),
  } as unknown as IdempotencyStore & { execute: jest.Mock };
  const vault = {
    createSubject: jest.fn(async () => undefined),
    seal: jest.fn(async () => Buffer.from('sealed')),
    sealForNewSubject: jest.fn(async () => Buffer.from('sealed')),
    open: jest.fn(),
    shred: jest.fn(async () => true),
    isErased: jest.fn(async () => false),
  } as unknown as PersonalDataVault & Record<'createSubject' | 'seal' | 'sealForNewSubject' | 'open' | 'shred' | 'isErased', jest.Mock>;
  const recording = new RecordingOutbox();
  const outbox = recording.outbox as RecordingOutbox['outbox'] & { emit: jest.Mock };
  const trail = new RecordingAuditTrail();
  const audit = trail.trail as RecordingAuditTrail['trail'] & { append: jest.Mock };
  return { manager, tx, idempotency, vault, outbox, events: recording.events, audit, audits: trail.entries, blindIndex: new BlindIndex(randomBytes(32)), requestFingerprint: new RequestFingerprint(randomBytes(32)) };
}
