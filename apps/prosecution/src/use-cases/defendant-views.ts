import { RequestFingerprint } from '@relais/vault';
import { DefendantIdentity, isInCustody } from '../domain/defendant';
import { ChargeRecord, DefendantWithCharges } from '../persistence/defendant.repository';

export interface ChargeView {
  id: string;
  offence: string;
  iccs: string;
  law: string;
  chargedAt: string;
}

/** A defendant without identity: what case views, answers and stored idempotent replies carry. */
export interface DefendantSummary {
  id: string;
  caseId: string;
  sex: string;
  nationality: string | null;
  role: string | null;
  custody: string;
  inCustody: boolean;
  addedAt: string;
  charges: ChargeView[];
}

export function chargeView(c: ChargeRecord): ChargeView {
  return { id: c.id, offence: c.offence, iccs: c.iccs, law: c.law, chargedAt: c.chargedAt.toISOString() };
}

export function defendantSummary(d: Omit<DefendantWithCharges, 'judgedAt'>): DefendantSummary {
  return {
    id: d.id,
    caseId: d.caseId,
    sex: d.sex,
    nationality: d.nationality,
    role: d.role,
    custody: d.custody,
    inCustody: isInCustody(d.custody),
    addedAt: d.addedAt.toISOString(),
    charges: d.charges.map(chargeView),
  };
}

/**
 * Idempotency fingerprints are stored; an identity must not be, even hashed with a public
 * function (a guessed name could be checked against it). Each field is keyed with the vault's
 * blind-index key instead.
 */
export function identityFingerprint(identity: DefendantIdentity, key: RequestFingerprint): string[] {
  return flatten(identity).map(([path, value]) => key.compute(path, value));
}

function flatten(value: unknown, path = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${path}.${i}`));
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  return [[path, String(value)]];
}
