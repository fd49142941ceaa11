export interface RetryPolicy {
  /** Delay before the second attempt. */
  baseMs: number;
  /** No wait between attempts is longer than this. */
  capMs: number;
  /** Attempts stop this long after the first one. */
  windowMs: number;
}

export type AfterFailure = { next: 'retry'; at: Date } | { next: 'give-up' };

/**
 * After the `attempts`-th failed attempt: exponential backoff (base × 2^(n-1), capped) with jitter
 * over the upper half — a burst of failures against one receiver spreads out, and no retry comes
 * sooner than half the nominal delay. Past the window, the delivery is given up.
 */
export function afterFailure(
  attempts: number,
  firstAttemptAt: Date,
  now: Date,
  policy: RetryPolicy,
  random: () => number = Math.random,
): AfterFailure {
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempts - 1, 40));
  const delay = Math.round(nominal / 2 + (random() * nominal) / 2);
  const at = new Date(now.getTime() + delay);
  if (at.getTime() > firstAttemptAt.getTime() + policy.windowMs) return { next: 'give-up' };
  return { next: 'retry', at };
}
