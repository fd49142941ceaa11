import type { components } from '../shared/api/intake';

type IntakeSchemas = components['schemas'];

/**
 * The receipt of one identification in the outbox and how it moves:
 *
 *   queued ──send──► sent ──201/200──► recorded   (victimRef, possibleDuplicateOf)
 *     ▲               │ ├──400/403───► refused    (reason, field errors; the officer corrects, then queued)
 *     └─network/5xx───┘ └──409───────► conflict   (shown; never merged; the officer decides)
 *
 * Pure: the store persists what these functions return, the sync loop decides when to call them.
 */
export type OutboxState = 'queued' | 'sent' | 'recorded' | 'refused' | 'conflict';

/** One item of intake's `POST /identifications:batch` answer, as intake's OpenAPI document declares it. */
export type BatchItemResult = IntakeSchemas['BatchItemResultView'];
export type FieldProblem = IntakeSchemas['FieldErrorDto'];

export type TransportFailure = 'offline' | 'server' | 'unauthorized';

export interface Receipt {
  state: OutboxState;
  /** Sends that ended without an answer for this item (network, 5xx, expired sign-in). */
  attempts: number;
  /** When a queued item may be sent next (epoch ms). */
  nextAttemptAt: number;
  queuedAt: number;
  sentAt?: number;
  recordedAt?: number;
  victimRef?: string;
  possibleDuplicateOf?: string;
  /** The server had already recorded it (a resend): same receipt, nothing duplicated. */
  replayed?: boolean;
  code?: string;
  errors?: FieldProblem[];
  lastFailure?: TransportFailure;
}

export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;

export function queued(now: number): Receipt {
  return { state: 'queued', attempts: 0, nextAttemptAt: now, queuedAt: now };
}

/** Doubling delays with jitter, so phones of a post that reconnect together do not retry in step. */
export function retryDelay(attempts: number, random: number = Math.random()): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random / 2));
}

export function isDue(receipt: Receipt, now: number): boolean {
  return receipt.state === 'queued' && receipt.nextAttemptAt <= now;
}

export function markSent(receipt: Receipt, now: number): Receipt {
  if (receipt.state !== 'queued') throw new Error(`cannot send an item that is ${receipt.state}`);
  return { ...receipt, state: 'sent', sentAt: now };
}

/** The server's word on the item. Only 201 and 200 mean recorded; only then may the body leave the device. */
export function applyResult(receipt: Receipt, result: BatchItemResult, now: number, random?: number): Receipt {
  if (receipt.state !== 'sent') throw new Error(`no answer expected for an item that is ${receipt.state}`);
  const { status } = result;
  if (status === 200 || status === 201) {
    return {
      ...clearOutcome(receipt),
      state: 'recorded',
      recordedAt: now,
      ...(result.victimRef ? { victimRef: result.victimRef } : {}),
      ...(result.possibleDuplicateOf ? { possibleDuplicateOf: result.possibleDuplicateOf } : {}),
      ...(status === 200 ? { replayed: true } : {}),
    };
  }
  if (status === 409) return { ...clearOutcome(receipt), state: 'conflict', code: result.code ?? 'CONFLICT' };
  if (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429) {
    return { ...clearOutcome(receipt), state: 'refused', code: result.code ?? `HTTP_${status}`, ...(result.errors ? { errors: result.errors } : {}) };
  }
  return sendFailed(receipt, now, status === 401 ? 'unauthorized' : 'server', random);
}

/** No answer (offline, timeout, 5xx, expired sign-in): back to the queue for a later try. */
export function sendFailed(receipt: Receipt, now: number, failure: TransportFailure, random?: number): Receipt {
  if (receipt.state !== 'sent') throw new Error(`cannot fail a send of an item that is ${receipt.state}`);
  const attempts = receipt.attempts + 1;
  return { ...receipt, state: 'queued', attempts, nextAttemptAt: now + retryDelay(attempts, random), lastFailure: failure };
}

/**
 * After a reload, an item left `sent` had no answer that reached the device. Sending it again is
 * safe (the server answers 200 with the same receipt if it had recorded it).
 */
export function recoverInFlight(receipt: Receipt, now: number): Receipt {
  return receipt.state === 'sent' ? { ...receipt, state: 'queued', nextAttemptAt: now } : receipt;
}

/**
 * The officer corrected a refused item, or chose to send a conflicting one as a new
 * identification (the store gives it a new id then): it is queued again, with a clean slate.
 */
export function requeue(receipt: Receipt, now: number): Receipt {
  if (receipt.state !== 'refused' && receipt.state !== 'conflict') throw new Error(`cannot requeue an item that is ${receipt.state}`);
  return queued(now);
}

/** The device keeps the identification's details until the server has recorded it, and not after. */
export function keepsBody(receipt: Receipt): boolean {
  return receipt.state !== 'recorded';
}

function clearOutcome(receipt: Receipt): Receipt {
  const { code: _c, errors: _e, lastFailure: _l, ...rest } = receipt;
  return rest;
}
