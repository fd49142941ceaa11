import {
  AGE_BANDS, ASSESSMENTS, CASE_STAGES, DECLINE_REASONS, EXPLOITATION_FORMS, HEARING_KINDS, INSTITUTIONS, NEEDS, ORGANISATION_TYPES,
  REFERRAL_STATUSES, REGIONS, SEXES,
} from '@relais/contracts';

/** A level of a dimension as it appears in a row: a code, or a yes/no. */
export type Level = string | boolean;

/**
 * The GLOTIP / UN-CTS stages a person passes through in the criminal justice system: brought into
 * formal contact (recorded as defendant), prosecuted (charged), convicted or acquitted at first instance.
 */
export const PERSON_STAGES = ['formalContact', 'prosecuted', 'convicted', 'acquitted'] as const;
export type PersonStage = (typeof PERSON_STAGES)[number];

/**
 * Bands of prison sentences, in months. Law 2012-023 art. 7 sets 5 to 10 years for trafficking,
 * hence the 60 and 120 month bounds; `none` is a conviction without prison (fine only).
 */
export const SENTENCE_BANDS = ['none', '1-11', '12-59', '60-119', '120+', 'unknown'] as const;
export type SentenceBand = (typeof SENTENCE_BANDS)[number];

export const OPENED_FROM = ['identification', 'prosecutor'] as const;

/** GLOTIP reports persons as nationals of the reporting country or foreigners. */
export const CITIZENSHIPS = ['national', 'foreign', 'unknown'] as const;

const YES_NO: readonly Level[] = [true, false];

/** Why the agency declined a referral (a code, never free text); `none` for a referral not declined. */
export const DECLINE_REASON_LEVELS = [...DECLINE_REASONS, 'none'] as const;

/** Every dimension a query may group by: its closed list of levels, or `null` for an open list (observed values). */
export const DIMENSIONS = {
  region: REGIONS,
  sex: SEXES,
  ageGroup: AGE_BANDS,
  minor: YES_NO,
  nationality: null,
  form: EXPLOITATION_FORMS,
  institution: INSTITUTIONS,
  assessment: ASSESSMENTS,
  need: NEEDS,
  agencyType: ORGANISATION_TYPES,
  urgent: YES_NO,
  status: REFERRAL_STATUSES,
  declineReason: DECLINE_REASON_LEVELS,
  stage: PERSON_STAGES,
  iccs: null,
  office: null,
  openedFrom: OPENED_FROM,
  caseStage: CASE_STAGES,
  sentenceBand: SENTENCE_BANDS,
  hearingKind: HEARING_KINDS,
  citizenship: CITIZENSHIPS,
  section: null,
} as const satisfies Record<string, readonly Level[] | null>;
export type DimensionName = keyof typeof DIMENSIONS;

export const VICTIM_DIMENSIONS = ['region', 'sex', 'ageGroup', 'minor', 'nationality', 'form', 'institution', 'assessment'] as const;
export type VictimDimension = (typeof VICTIM_DIMENSIONS)[number];

export const REFERRAL_DIMENSIONS = ['need', 'agencyType', 'region', 'sex', 'ageGroup', 'minor', 'urgent', 'status', 'declineReason'] as const;
export type ReferralDimension = (typeof REFERRAL_DIMENSIONS)[number];

export const PROSECUTION_MEASURES = ['persons', 'cases', 'sentences', 'timeToJudgment', 'hearings'] as const;
export type ProsecutionMeasure = (typeof PROSECUTION_MEASURES)[number];

export const PROSECUTION_DIMENSIONS: Record<ProsecutionMeasure, readonly DimensionName[]> = {
  persons: ['stage', 'sex', 'nationality', 'iccs'],
  cases: ['region', 'office', 'openedFrom', 'caseStage'],
  sentences: ['sentenceBand', 'sex', 'nationality', 'iccs'],
  timeToJudgment: ['region', 'sex', 'minor'],
  hearings: ['hearingKind'],
};
export const ALL_PROSECUTION_DIMENSIONS = [...new Set(Object.values(PROSECUTION_DIMENSIONS).flat())];

/** SDG 16.2.2 breakdowns: by sex, age and form of exploitation, and by region for Mali's own use. */
export const INDICATOR_DIMENSIONS = ['sex', 'ageGroup', 'minor', 'form', 'region'] as const;
export type IndicatorDimension = (typeof INDICATOR_DIMENSIONS)[number];

/** More dimensions than this make tables too sparse to publish and too large to protect. */
export const MAX_GROUP_BY = 4;

/** The levels of a dimension in display order: the vocabulary's order, or observed values sorted. */
export function levelsOf(dimension: DimensionName, observed: Iterable<Level>): Level[] {
  const closed = DIMENSIONS[dimension];
  if (closed) return [...closed];
  return [...new Set(observed)].sort((a, b) => String(a).localeCompare(String(b)));
}

export function sentenceBand(months: number | null | undefined): SentenceBand {
  if (months === null || months === undefined) return 'unknown';
  if (months === 0) return 'none';
  if (months < 12) return '1-11';
  if (months < 60) return '12-59';
  if (months < 120) return '60-119';
  return '120+';
}
