import { isRecord, isText, ReferenceDataError } from './reference-data-error';

export interface PenaltyRule {
  id: string;
  law: string;
  /** `offences` vocabulary codes the rule applies to. */
  offences: string[];
  imprisonmentMonths: { min: number; max: number };
}

export const SENTENCE_WARNING_CODES = ['SENTENCE_OUTSIDE_STATUTORY_RANGE', 'IMPRISONMENT_NOT_RECORDED'] as const;
export type SentenceWarningCode = (typeof SENTENCE_WARNING_CODES)[number];

/** Said to the user, never a refusal: aggravating or mitigating circumstances may justify it. */
export interface SentenceWarning {
  code: SentenceWarningCode;
  penaltyId: string;
  law: string;
  minMonths: number;
  maxMonths: number;
  /** Null when the conviction records no imprisonment at all. */
  sentenceMonths: number | null;
}

/**
 * The penalties the law sets, from a sourced data file. Only what a source gives is here (Law
 * 2012-023 art. 7 for trafficking); for every other offence nothing is checked.
 */
export class StatutoryPenalties {
  private constructor(
    readonly version: string,
    readonly source: string,
    readonly rules: readonly PenaltyRule[],
  ) {}

  /** Warnings for a conviction on `offences` with `sentenceMonths` of imprisonment. */
  warningsFor(offences: readonly string[], sentenceMonths: number | undefined): SentenceWarning[] {
    return this.rules
      .filter((rule) => rule.offences.some((o) => offences.includes(o)))
      .filter((rule) => sentenceMonths === undefined || sentenceMonths < rule.imprisonmentMonths.min || sentenceMonths > rule.imprisonmentMonths.max)
      .map((rule) => ({
        code: sentenceMonths === undefined ? ('IMPRISONMENT_NOT_RECORDED' as const) : ('SENTENCE_OUTSIDE_STATUTORY_RANGE' as const),
        penaltyId: rule.id,
        law: rule.law,
        minMonths: rule.imprisonmentMonths.min,
        maxMonths: rule.imprisonmentMonths.max,
        sentenceMonths: sentenceMonths ?? null,
      }));
  }

  static parse(raw: unknown, offenceCodes: readonly string[], fileLabel = 'statutory-penalties'): StatutoryPenalties {
    const problems: string[] = [];
    if (!isRecord(raw)) throw new ReferenceDataError(fileLabel, ['the file must hold a JSON object']);
    for (const field of ['name', 'version', 'source'] as const) {
      if (!isText(raw[field], 2000)) problems.push(`${field} must be a non-empty string`);
    }
    const rules: PenaltyRule[] = [];
    if (!Array.isArray(raw.penalties)) problems.push('penalties must be a list');
    else raw.penalties.forEach((entry, i) => {
      const rule = parseRule(entry, `penalties[${i}]`, offenceCodes, problems);
      if (rule) rules.push(rule);
    });
    const ids = rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push('penalty ids must be unique');
    if (problems.length) throw new ReferenceDataError(fileLabel, problems);
    return new StatutoryPenalties(raw.version as string, raw.source as string, rules);
  }
}

function parseRule(raw: unknown, at: string, offenceCodes: readonly string[], problems: string[]): PenaltyRule | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at} must be an object`);
    return undefined;
  }
  const before = problems.length;
  if (!isText(raw.id, 100)) problems.push(`${at}.id must be a non-empty string`);
  if (!isText(raw.law, 300)) problems.push(`${at}.law must cite the article`);
  const offences = raw.offences;
  if (!Array.isArray(offences) || !offences.length || !offences.every((o) => offenceCodes.includes(o as string))) {
    problems.push(`${at}.offences must be a non-empty list of offence codes`);
  }
  const months = raw.imprisonmentMonths;
  const bound = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  if (!isRecord(months) || !bound(months.min) || !bound(months.max) || (months.min as number) > (months.max as number)) {
    problems.push(`${at}.imprisonmentMonths must be { min, max } whole months with min <= max`);
  }
  if (problems.length > before) return undefined;
  const range = months as { min: number; max: number };
  return { id: raw.id as string, law: raw.law as string, offences: offences as string[], imprisonmentMonths: { min: range.min, max: range.max } };
}
