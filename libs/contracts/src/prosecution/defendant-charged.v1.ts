import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, Matches, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsCode, IsDateTime, IsUuidField } from '../validators';
import { CaseFactsV1 } from './case-base';

export class ChargeV1 {
  @IsUuidField()
  chargeId!: string;

  @IsCode('offences')
  offence!: string;

  @Matches(/^[0-9]{4,6}$/)
  iccs!: string;
}

/** Charges were brought against a defendant (GLOTIP: prosecuted). */
export class DefendantChargedV1 extends CaseFactsV1 {
  @IsUuidField()
  defendantId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ChargeV1)
  charges!: ChargeV1[];

  @IsDateTime()
  chargedAt!: string;
}

export const DefendantCharged = defineEvent<DefendantChargedV1>({
  type: 'prosecution.defendant-charged.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: DefendantChargedV1,
  description: 'Charges under Law 2012-023 or related offences were brought against a defendant.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
