import { ApiError, apiRequest } from '../../../shared/api/http';

export const AUDITED_SERVICES = ['intake', 'referral', 'prosecution'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

export interface AuditEntry {
  seq: number | null;
  at: string;
  actor: string;
  organisation: string | null;
  basis: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  outcome: 'success' | 'denied' | 'failure';
}

export interface MergedEntry extends AuditEntry {
  service: AuditedService;
}

export interface Verification {
  service: AuditedService;
  ok: boolean;
  rows: number;
  unsealed?: number;
  firstBroken?: { seq: number; reason: string };
  head?: { seq: number; hash: string };
  checkedAt: string;
}

export interface PersonAudit {
  entries: MergedEntry[];
  /** Services that could not be asked: the list is incomplete and says so. */
  unavailable: AuditedService[];
  truncated: AuditedService[];
}

/** Each service's trail about the person, merged oldest first. */
export async function personAudit(token: string, victimRef: string): Promise<PersonAudit> {
  const answers = await Promise.all(
    AUDITED_SERVICES.map(async (service) => {
      try {
        const page = await apiRequest<{ items: AuditEntry[]; truncated: boolean }>(token, 'GET', `/api/${service}/v1/audit?resourceId=${encodeURIComponent(victimRef)}`);
        return { service, page };
      } catch (error) {
        if (error instanceof ApiError && error.status === 400) throw error;
        return { service, page: null };
      }
    }),
  );
  return {
    entries: answers.flatMap(({ service, page }) => (page?.items ?? []).map((e) => ({ ...e, service }))).sort((a, b) => a.at.localeCompare(b.at)),
    unavailable: answers.filter((a) => a.page === null).map((a) => a.service),
    truncated: answers.filter((a) => a.page?.truncated).map((a) => a.service),
  };
}

export async function verifications(token: string): Promise<(Verification | { service: AuditedService; unavailable: true })[]> {
  return Promise.all(
    AUDITED_SERVICES.map((service) =>
      apiRequest<Verification>(token, 'GET', `/api/${service}/v1/audit/verification`).catch(() => ({ service, unavailable: true as const })),
    ),
  );
}

export interface Erasure {
  victimRef: string;
  identificationIds: string[];
  erasedAt: string;
  alreadyErased: boolean;
}

export function erasePersonalData(token: string, victimRef: string): Promise<Erasure> {
  return apiRequest<Erasure>(token, 'DELETE', `/api/intake/v1/victims/${encodeURIComponent(victimRef)}/personal-data`);
}

/** RFC 4180 CSV (quotes doubled, every field quoted), with a BOM so spreadsheet software reads UTF-8. */
export function toCsv(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
