import { describe, expect, it } from 'vitest';
import { applyResult, isDue, keepsBody, markSent, queued, recoverInFlight, requeue, RETRY_MAX_MS, retryDelay, sendFailed } from './receipt';

const T0 = 1_800_000_000_000;
const sent = () => markSent(queued(T0), T0 + 1);

describe('an outbox receipt', () => {
  it('goes queued → sent → recorded with the victimRef and the possible duplicate', () => {
    const r = applyResult(sent(), { index: 0, status: 201, id: 'x', victimRef: 'V-7K3M9Q2XRT', possibleDuplicateOf: 'd' }, T0 + 2);
    expect(r).toMatchObject({ state: 'recorded', victimRef: 'V-7K3M9Q2XRT', possibleDuplicateOf: 'd', recordedAt: T0 + 2 });
    expect(r.replayed).toBeUndefined();
    expect(keepsBody(r)).toBe(false);
  });

  it('takes a 200 (already recorded by an earlier send) as recorded, marked replayed', () => {
    expect(applyResult(sent(), { index: 0, status: 200, victimRef: 'V-1' }, T0)).toMatchObject({ state: 'recorded', replayed: true, victimRef: 'V-1' });
  });

  it('keeps a 409 as a conflict for the officer, with the body still on the device', () => {
    const r = applyResult(sent(), { index: 0, status: 409, code: 'IDEMPOTENCY_CONFLICT' }, T0);
    expect(r).toMatchObject({ state: 'conflict', code: 'IDEMPOTENCY_CONFLICT' });
    expect(keepsBody(r)).toBe(true);
  });

  it('keeps a 400 as refused with its field errors', () => {
    const errors = [{ field: 'person.familyName', code: 'isNotBlank', message: 'obligatoire' }];
    const r = applyResult(sent(), { index: 0, status: 400, code: 'VALIDATION_FAILED', errors }, T0);
    expect(r).toMatchObject({ state: 'refused', code: 'VALIDATION_FAILED', errors });
    expect(keepsBody(r)).toBe(true);
  });

  it.each([500, 503, 401, 429])('puts the item back in the queue, later, after a %i', (status) => {
    const r = applyResult(sent(), { index: 0, status }, T0, 1);
    expect(r.state).toBe('queued');
    expect(r.attempts).toBe(1);
    expect(r.nextAttemptAt).toBe(T0 + retryDelay(1, 1));
    expect(isDue(r, T0)).toBe(false);
    expect(isDue(r, r.nextAttemptAt)).toBe(true);
    expect(r.lastFailure).toBe(status === 401 ? 'unauthorized' : 'server');
  });

  it('backs off by doubling, with jitter, up to a ceiling', () => {
    expect(retryDelay(1, 1)).toBe(5_000);
    expect(retryDelay(2, 1)).toBe(10_000);
    expect(retryDelay(3, 0)).toBe(10_000);
    expect(retryDelay(30, 1)).toBe(RETRY_MAX_MS);
  });

  it('clears the last failure once recorded', () => {
    const failed = sendFailed(sent(), T0, 'offline', 0);
    const r = applyResult(markSent(failed, failed.nextAttemptAt), { index: 0, status: 201, victimRef: 'V-2' }, failed.nextAttemptAt);
    expect(r.lastFailure).toBeUndefined();
    expect(r.attempts).toBe(1);
  });

  it('refuses moves the diagram does not have', () => {
    expect(() => markSent(sent(), T0)).toThrow();
    expect(() => applyResult(queued(T0), { index: 0, status: 201 }, T0)).toThrow();
    expect(() => requeue(queued(T0), T0)).toThrow();
    const recorded = applyResult(sent(), { index: 0, status: 201 }, T0);
    expect(() => requeue(recorded, T0)).toThrow();
    expect(() => markSent(recorded, T0)).toThrow();
  });

  it('requeues a refused or conflicting item when the officer acts on it', () => {
    const refused = applyResult(sent(), { index: 0, status: 400 }, T0);
    expect(requeue(refused, T0 + 9)).toEqual(queued(T0 + 9));
  });

  it('sends again, after a reload, an item whose answer never arrived', () => {
    expect(recoverInFlight(sent(), T0 + 5)).toMatchObject({ state: 'queued', nextAttemptAt: T0 + 5 });
    expect(recoverInFlight(queued(T0), T0 + 5)).toEqual(queued(T0));
  });
});
