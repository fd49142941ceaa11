import { CaseFactsV1 } from '@relais/contracts';
import { CaseState } from '../domain/case';
import { IdentificationLink, victimRefsOf } from '../persistence/identification.repository';

/** The actor recorded in the audit trail for what event handlers do. */
export const SYSTEM_ACTOR = 'system:prosecution';

/** A case as every answer shows it: its state with ISO dates, and its victims, pseudonymous (victimRefs, never names). */
export interface CaseSummary extends Omit<CaseState, 'stageChangedAt' | 'openedAt'> {
  stageChangedAt: string;
  openedAt: string;
  victimRefs: string[];
  identificationIds: string[];
}

export function caseSummary(c: CaseState, links: IdentificationLink[]): CaseSummary {
  const own = links.filter((l) => l.caseId === c.id);
  return {
    id: c.id,
    reference: c.reference,
    officeId: c.officeId,
    region: c.region,
    cercle: c.cercle,
    stage: c.stage,
    stageChangedAt: c.stageChangedAt.toISOString(),
    openedAt: c.openedAt.toISOString(),
    openedFrom: c.openedFrom,
    victimRefs: victimRefsOf(own),
    identificationIds: own.map((l) => l.identificationId),
    mergedIntoCaseId: c.mergedIntoCaseId,
    version: c.version,
  };
}

/** What every case event says about its case. */
export function caseFacts(c: CaseState, links: IdentificationLink[]): CaseFactsV1 {
  return { caseId: c.id, reference: c.reference, officeId: c.officeId, victimRefs: victimRefsOf(links.filter((l) => l.caseId === c.id)) };
}
