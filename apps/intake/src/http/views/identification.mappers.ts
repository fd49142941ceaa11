import { coarseAttributes, Identification } from '../../domain/identification';
import { IdentificationDetail } from '../../use-cases/read-identification';
import { IdentificationDetailView, IdentificationSummaryView } from './identification.views';

/** Field by field, so nothing the record gains later reaches a caller unnoticed. */
export function toSummaryView(i: Identification): IdentificationSummaryView {
  return {
    ...recordHeading(i),
    ...coarseAttributes(i),
    nationalities: i.nationalities,
    forms: i.exploitation.forms,
    methodsOfControl: i.exploitation.methodsOfControl,
    needs: i.needs.map((n) => ({ need: n.need, urgent: n.urgent })),
    assessment: i.assessment,
    consent: { ...i.consent },
    suspectsCount: i.suspects.length,
    ...(i.possibleDuplicateOf !== undefined ? { possibleDuplicateOf: i.possibleDuplicateOf } : {}),
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    ...(i.erasedAt !== undefined ? { erasedAt: i.erasedAt } : {}),
  };
}

export function toDetailView({ identification: i, personal, consentRecords, basis }: IdentificationDetail): IdentificationDetailView {
  const { suspectNames, narrative, ...person } = personal ?? { suspectNames: [] as (string | null)[] };
  return {
    ...recordHeading(i),
    place: { ...i.place },
    reportedBy: { ...i.reporter },
    person: {
      erased: personal === undefined,
      ...person,
      sex: i.sex,
      ageGroup: i.ageGroup,
      isMinor: i.isMinor,
      nationalities: i.nationalities,
      languages: i.languages,
    },
    exploitation: { ...i.exploitation },
    indicators: i.indicators,
    assessment: i.assessment,
    needs: i.needs.map((n) => ({ need: n.need, urgent: n.urgent })),
    consent: { ...i.consent },
    consentRecords: consentRecords.map(({ seq: _seq, ...record }) => record),
    suspects: i.suspects.map((s, index) => ({ ...s, ...(suspectNames[index] ? { name: suspectNames[index] } : {}) })),
    ...(narrative !== undefined ? { narrative } : {}),
    ...(i.possibleDuplicateOf !== undefined ? { possibleDuplicateOf: i.possibleDuplicateOf } : {}),
    accessBasis: basis,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    ...(i.erasedAt !== undefined ? { erasedAt: i.erasedAt } : {}),
  };
}

/** What both views open with: which record, in which state and version, of when. */
function recordHeading(i: Identification) {
  return { id: i.id, victimRef: i.victimRef, status: i.status, version: i.version, identifiedAt: i.identifiedAt };
}
