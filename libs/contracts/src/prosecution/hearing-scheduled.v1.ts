import { IsIn, IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField } from '../validators';
import { CaseFactsV1 } from './case-base';

export const HEARING_KINDS = ['preliminary', 'investigation', 'trial', 'judgment', 'appeal', 'other'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

export class HearingScheduledV1 extends CaseFactsV1 {
  @IsUuidField()
  hearingId!: string;

  @IsDateTime()
  at!: string;

  @IsString()
  @MaxLength(200)
  court!: string;

  @IsIn(HEARING_KINDS)
  kind!: HearingKind;
}

export const HearingScheduled = defineEvent<HearingScheduledV1>({
  type: 'prosecution.hearing-scheduled.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: HearingScheduledV1,
  description: "A hearing was scheduled; the victims' caseworkers can prepare and accompany them.",
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
