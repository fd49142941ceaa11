import { PERSONAL_DATA_FIELDS } from '@relais/observability';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One audited act. Every field is kept for as long as the trail is, and the trail cannot be
 * edited or erased (crypto-shredding does not reach it), so nothing here may be personal data:
 * `actor` is the principal's `sub` (or `system:<service>` for event handlers), `resourceId` a
 * pseudonymous id such as a victimRef or a referral id, and `details` holds codes and ids only —
 * never a name, a date of birth, a phone number, an address, a narrative or free text typed by a user.
 */
export interface AuditEntry {
  actor: string;
  /** What was done, as `<resource>.<verb>`: `person.read`, `referral.accept`, `erasure.execute`. */
  action: string;
  resourceType: string;
  resourceId: string;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

const FORBIDDEN_KEYS = new Set<string>(PERSONAL_DATA_FIELDS.map((field) => field.toLowerCase()));

/** Refuses an entry that is incomplete or whose details name a personal-data field at any depth. */
export function assertAuditEntry(entry: AuditEntry): void {
  for (const field of ['actor', 'action', 'resourceType', 'resourceId'] as const) {
    if (typeof entry[field] !== 'string' || entry[field].length === 0) {
      throw new Error(`Audit entry: ${field} must be a non-empty string`);
    }
  }
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(entry.outcome)) {
    throw new Error(`Audit entry: outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`);
  }
  if (entry.details !== undefined) {
    if (!isPlainObject(entry.details)) throw new Error('Audit entry: details must be a plain object');
    const field = personalDataField(entry.details);
    if (field) throw new Error(`Audit entry: details must not carry personal data (field "${field}")`);
  }
}

function personalDataField(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = personalDataField(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const [key, nested] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key.toLowerCase())) return key;
    const found = personalDataField(nested);
    if (found) return found;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
