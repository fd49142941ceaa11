import { KafkaJSError } from 'kafkajs';

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN']);

/**
 * The broker is restarting, unreachable for a moment, or still electing leaders: waiting helps.
 * KafkaJS wraps the cause when its own retries run out (KafkaJSNumberOfRetriesExceeded is marked
 * non-retriable), so the cause chain and nested errors are read too. A refused password or a
 * denied ACL is not transient: retrying those would only hide a misconfiguration.
 */
export function isTransientKafkaError(error: unknown, seen = new Set<unknown>()): boolean {
  if (!error || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const e = error as { code?: unknown; name?: unknown; retriable?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.name === 'string' && /SASL|Authorization/i.test(e.name)) return false;
  if (error instanceof KafkaJSError && error.retriable) return true;
  if (e.name === 'KafkaJSConnectionError' || e.name === 'KafkaJSRequestTimeoutError' || e.name === 'KafkaJSBrokerNotFound') return true;
  if (typeof e.code === 'string' && NETWORK.has(e.code)) return true;
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((n) => isTransientKafkaError(n, seen));
}
