export type FailureRoute = { to: 'retry'; attempt: number; notBefore: number } | { to: 'dead-letter'; attempt: number };

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Where an event goes after its `attempt`-th try failed: back through the retry topic after an
 * exponential, jittered delay, or to the dead-letter topic once `maxAttempts` tries are spent.
 */
export function routeFailure(attempt: number, policy: RetryPolicy, now: number, random: () => number = Math.random): FailureRoute {
  if (attempt >= policy.maxAttempts) return { to: 'dead-letter', attempt };
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Full jitter on the upper half: spreads retries of a burst without ever retrying early.
  const delay = Math.round(exponential / 2 + (random() * exponential) / 2);
  return { to: 'retry', attempt: attempt + 1, notBefore: now + delay };
}
