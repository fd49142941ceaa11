import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Matches, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition';
import { DEFENDANT, Fields } from '../field-groups';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField } from '../validators';
import { JUDGMENT_OUTCOMES, JudgmentOutcome, Sex } from '../vocabulary';
import { CaseFactsV1 } from './case-base';

/** One defendant's verdict: counted by statistics as convicted or acquitted, by sex and nationality. */
export class DefendantVerdictV1 {
  @Fields(DEFENDANT)
  defendantId!: string;
  sex!: Sex;
  nationality?: string;

  /**
   * ICCS codes of the charges this outcome is on: for a conviction, those the defendant was
   * convicted of (a trafficking conviction only when the court found trafficking); for an
   * acquittal, every charge.
   */
  @IsArray()
  @ArrayMinSize(1)
  @Matches(/^[0-9]{4,6}$/, { each: true })
  charges!: string[];

  @IsIn(JUDGMENT_OUTCOMES)
  outcome!: JudgmentOutcome;

  @IsOptional()
  @IsInt()
  @Min(0)
  sentenceMonths?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  fineFcfa?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  compensationFcfa?: number;
}

export class JudgmentRenderedV1 extends CaseFactsV1 {
  @IsUuidField()
  judgmentId!: string;

  @IsDateTime()
  renderedAt!: string;

  @IsIn(['first', 'appeal'])
  instance!: 'first' | 'appeal';

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DefendantVerdictV1)
  defendants!: DefendantVerdictV1[];
}

export const JudgmentRendered = defineEvent<JudgmentRenderedV1>({
  type: 'prosecution.judgment-rendered.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: JudgmentRenderedV1,
  description: 'A court rendered judgment: per defendant the outcome and sentence (no names).',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
