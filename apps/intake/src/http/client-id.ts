import { UUID_PATTERN } from '@relais/contracts';
import { violationException } from '../use-cases/rule-violations';

/**
 * The id a client chose for what it creates, from the body or the Idempotency-Key header. It is
 * required: without it a retry over a poor connection could record the same person twice. The
 * header, when it is the only source, must then be a UUID too, since it becomes the record's id.
 */
export function clientId(bodyId: string | undefined, headerKey: string | undefined): string {
  if (bodyId !== undefined && headerKey !== undefined && bodyId.toLowerCase() !== headerKey.toLowerCase()) {
    throw violationException([{ path: 'id', code: 'idempotencyKeyMismatch' }]);
  }
  const id = bodyId ?? headerKey;
  if (id === undefined) throw violationException([{ path: 'id', code: 'idRequired' }]);
  if (!UUID_PATTERN.test(id)) throw violationException([{ path: 'id', code: 'isUuid' }]);
  return id.toLowerCase();
}
