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
  if (error instanceof TypeError && isThrownByKafkaJs(error)) return true;
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((n) => isTransientKafkaError(n, seen));
}

/**
 * KafkaJS sometimes reads the state of a connection the broker has just closed (null metadata) and
 * throws a TypeError from its own code. Seen in the crash test while the broker restarts; only an
 * error whose first frame is inside KafkaJS counts, so our own bugs still end the start.
 */
function isThrownByKafkaJs(error: TypeError): boolean {
  const firstFrame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  return !!firstFrame && /node_modules[\\/]kafkajs[\\/]/.test(firstFrame);
}
