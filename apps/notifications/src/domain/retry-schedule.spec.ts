import { afterFailure, RetryPolicy } from './retry-schedule';

const HOUR = 3_600_000;
const policy: RetryPolicy = { baseMs: 30_000, capMs: HOUR, windowMs: 24 * HOUR };
const start = new Date('2027-03-10T12:00:00Z');
const plus = (ms: number) => new Date(start.getTime() + ms);

describe('afterFailure', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [8, HOUR],
    [30, HOUR],
  ])('after attempt %i waits between half and all of %i ms', (attempts, nominal) => {
    const low = afterFailure(attempts, start, start, policy, () => 0);
    const high = afterFailure(attempts, start, start, policy, () => 1);
    expect(low).toEqual({ next: 'retry', at: plus(nominal / 2) });
    expect(high).toEqual({ next: 'retry', at: plus(nominal) });
  });

  it('never overflows however many attempts were made', () => {
    expect(afterFailure(5000, start, start, policy, () => 1)).toEqual({ next: 'retry', at: plus(HOUR) });
  });

  it('gives up once the next attempt would fall outside the window', () => {
    const late = plus(24 * HOUR - 10 * 60_000);
    expect(afterFailure(20, start, late, policy, () => 1)).toEqual({ next: 'give-up' });
    expect(afterFailure(20, start, late, policy, () => 0)).toEqual({ next: 'give-up' });
    expect(afterFailure(20, start, plus(23 * HOUR), policy, () => 0.5)).toEqual({ next: 'retry', at: plus(23 * HOUR + 0.75 * HOUR) });
  });

  it('keeps retrying for about a day with the defaults: a receiver down for hours still gets the message', () => {
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = afterFailure(attempts, start, now, policy, () => 0.5);
      if (next.next === 'give-up') break;
      now = next.at;
    }
    expect(now.getTime() - start.getTime()).toBeGreaterThan(23 * HOUR);
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(45);
  });
});
