import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Principal } from '@relais/auth';
import { REGIONS, Vocabularies } from '@relais/contracts';
import { IdempotencyStore } from '@relais/platform';
import { immediateTransactions, RecordedEvent, RecordingAuditTrail, RecordingOutbox } from '@relais/testing';
import { EntityManager } from 'typeorm';
import { CaseState } from '../src/domain/case';
import { OfficeDirectory } from '../src/domain/office-directory';
import { ProsecutionException } from '../src/domain/prosecution-error';
import { StatutoryPenalties } from '../src/domain/statutory-penalties';

const data = (file: string) => JSON.parse(readFileSync(join(__dirname, '../data', file), 'utf8'));

export const directory = OfficeDirectory.parse(data('prosecutor-offices.json'), REGIONS);
export const penalties = StatutoryPenalties.parse(data('statutory-penalties.json'), Vocabularies.offences.codes);

export type Emitted = RecordedEvent;

/**
 * The infrastructure a use case stands on, as doubles for unit specs: the transaction runs the
 * work at once, and the outbox validates every event against its contract as the real one does
 * (the shared RecordingOutbox), so a spec fails on an event the broker would never see.
 */
export function doubles() {
  const manager = { query: jest.fn() } as unknown as EntityManager;
  const { tx } = immediateTransactions(manager);
  const recording = new RecordingOutbox();
  const trail = new RecordingAuditTrail();
  const idempotent: { scope: string; fingerprint: unknown }[] = [];
  const idempotency = {
    execute: jest.fn(async (_m: EntityManager, request: { scope: string; fingerprint: unknown }, work: () => Promise<{ status: number; body: unknown }>) => {
      idempotent.push(request);
      return { ...(await work()), replayed: false };
    }),
  } as unknown as IdempotencyStore;
  return { manager, tx, outbox: recording.outbox, emitted: recording.events, audit: trail.trail, audits: trail.entries, idempotency, idempotent };
}

export const MOPTI = 'parquet-tgi-mopti';
export const prosecutorOf = (office = MOPTI): Principal => ({ sub: `p-${office}`, roles: ['prosecutor'], jurisdiction: office });
export const theCoordinator: Principal = { sub: 'coord', roles: ['coordinator'] };

export function aCase(overrides: Partial<CaseState> = {}): CaseState {
  return {
    id: '01936f3e-0000-7000-8000-000000000001',
    reference: 'C-ABCDEFGH',
    officeId: MOPTI,
    region: 'mopti',
    cercle: null,
    stage: 'reportReceived',
    stageChangedAt: new Date('2026-11-01T00:00:00Z'),
    openedAt: new Date('2026-11-01T00:00:00Z'),
    openedFrom: 'identification',
    mergedIntoCaseId: null,
    version: 1,
    ...overrides,
  };
}

export function aLink(caseId: string, overrides: Record<string, unknown> = {}) {
  return {
    identificationId: '01936f3e-0000-7000-8000-0000000000a1',
    caseId,
    victimRef: 'V-0123456789',
    region: 'mopti' as const,
    cercle: null,
    identifiedAt: new Date('2026-10-30T00:00:00Z'),
    linkedAt: new Date('2026-11-01T00:00:00Z'),
    erased: false,
    ...overrides,
  };
}

/** Runs `fn` and returns the domain error code it threw, or undefined. */
export async function codeOf(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

/** The refusal a pure domain rule throws, as its code, or undefined; anything else it throws is rethrown. */
export function refusalCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProsecutionException) return error.code;
    throw error;
  }
  return undefined;
}
