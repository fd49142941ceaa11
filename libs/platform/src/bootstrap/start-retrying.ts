import { isTransientKafkaError } from '@relais/messaging';
import { isTransientConnectionError } from '@relais/persistence';

/** Postgres or Kafka away for a moment: a restart, a failover, a refused connection. */
export function isTransientInfrastructureError(error: unknown): boolean {
  return isTransientConnectionError(error) || isTransientKafkaError(error);
}

export interface StartRetryingOptions {
  /** How long to keep trying before the reason is final (default five minutes). */
  timeoutMs?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Runs a whole start-up again, from nothing, when it fails because Postgres or Kafka was briefly
 * away. Each step of a start-up (migrations, reference data, topics, ACLs, the consumer group) can
 * meet the outage at a different moment, and retrying each one on its own would leave a half-made
 * application behind; so `start` receives a `cleanup` to register what a failed attempt must close.
 * A service restarted during a broker or database restart then comes up by itself, without an
 * orchestrator restarting it in a loop; anything else (a bad configuration, a refused password)
 * still ends the start at once.
 */
export async function startRetrying<T>(
  start: (onFailure: (cleanup: () => Promise<unknown>) => void) => Promise<T>,
  { timeoutMs = 300_000, onRetry }: StartRetryingOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const cleanups: (() => Promise<unknown>)[] = [];
    try {
      return await start((cleanup) => cleanups.push(cleanup));
    } catch (error) {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      if (!isTransientInfrastructureError(error) || Date.now() >= deadline) throw error;
      const delayMs = Math.min(5000, 500 * 2 ** Math.min(attempt - 1, 4));
      onRetry?.(error, attempt, delayMs);
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}
