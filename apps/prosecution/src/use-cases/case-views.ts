import { CaseFactsV1, CaseStage, Region } from '@relais/contracts';
import { CaseState, OpenedFrom } from '../domain/case';
import { IdentificationLink, victimRefsOf } from '../persistence/identification.repository';

/** The actor recorded in the audit trail for what event handlers do. */
export const SYSTEM_ACTOR = 'system:prosecution';

/** A case as every answer shows it: pseudonymous throughout (victimRefs, never names). */
export interface CaseSummary {
  id: string;
  reference: string;
  officeId: string;
  region: Region;
  cercle: string | null;
  stage: CaseStage;
  stageChangedAt: string;
  openedAt: string;
  openedFrom: OpenedFrom;
  victimRefs: string[];
  identificationIds: string[];
  mergedIntoCaseId: string | null;
  version: number;
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
