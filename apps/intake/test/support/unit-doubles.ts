import { randomBytes } from 'node:crypto';
import { AuditTrail } from '@relais/auth';
import { Outbox } from '@relais/messaging';
import { TransactionHost } from '@relais/persistence';
import { IdempotencyStore } from '@relais/platform';
import { BlindIndex, PersonalDataVault, RequestFingerprint } from '@relais/vault';
import { EntityManager } from 'typeorm';

/**
 * Stand-ins for the I/O a use case orchestrates, for unit specs of that orchestration only: the
 * real transaction, vault, outbox and audit trail are exercised by the integration tests.
 */
export function unitDoubles() {
  const manager = { marker: 'manager' } as unknown as EntityManager;
  const tx = { run: jest.fn((work: (m: EntityManager) => Promise<unknown>) => work(manager)), manager } as unknown as TransactionHost;
  const idempotency = {
    execute: jest.fn(async (_m: EntityManager, _r: unknown, work: () => Promise<{ status: number; body: unknown }>) => ({ ...(await work()), replayed: false })),
  } as unknown as IdempotencyStore & { execute: jest.Mock };
  const vault = {
    createSubject: jest.fn(async () => undefined),
    seal: jest.fn(async () => Buffer.from('sealed')),
    open: jest.fn(),
    shred: jest.fn(async () => true),
    isErased: jest.fn(async () => false),
  } as unknown as PersonalDataVault & Record<'createSubject' | 'seal' | 'open' | 'shred' | 'isErased', jest.Mock>;
  const outbox = { emit: jest.fn(async () => undefined) } as unknown as Outbox & { emit: jest.Mock };
  const audit = { append: jest.fn(async () => ({ seq: 1, hash: 'h' })) } as unknown as AuditTrail & { append: jest.Mock };
  return { manager, tx, idempotency, vault, outbox, audit, blindIndex: new BlindIndex(randomBytes(32)), requestFingerprint: new RequestFingerprint(randomBytes(32)) };
}
