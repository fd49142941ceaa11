import { routeFailure } from './retry-policy';

const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe('routeFailure', () => {
  it('retries with a delay that doubles each attempt, within its jitter band', () => {
    const delays = [1, 2, 3, 4].map((attempt) => {
      const low = routeFailure(attempt, policy, 0, () => 0);
      const high = routeFailure(attempt, policy, 0, () => 1);
      expect(low).toMatchObject({ to: 'retry', attempt: attempt + 1 });
      return [(low as { notBefore: number }).notBefore, (high as { notBefore: number }).notBefore];
    });
    expect(delays).toEqual([[500, 1000], [1000, 2000], [2000, 4000], [4000, 8000]]);
  });

  it('caps the delay', () => {
    const route = routeFailure(4, { ...policy, maxDelayMs: 3000 }, 0, () => 1);
    expect(route).toEqual({ to: 'retry', attempt: 5, notBefore: 3000 });
  });

  it('dead-letters once the attempts are spent', () => {
    expect(routeFailure(5, policy, 0)).toEqual({ to: 'dead-letter', attempt: 5 });
  });
});
