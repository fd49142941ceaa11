import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsCode, IsDateTime, IsUuidField } from '../validators';
import { SEXES, Sex } from '../vocabulary';
import { CaseFactsV1 } from './case-base';

/** A person was brought into formal contact with the justice system (no identity in the event). */
export class DefendantAddedV1 extends CaseFactsV1 {
  @IsUuidField()
  defendantId!: string;

  @IsIn(SEXES)
  sex!: Sex;

  @IsOptional()
  @IsCode('countries')
  nationality?: string;

  @IsOptional()
  @IsCode('perpetratorRoles')
  role?: string;

  @IsBoolean()
  inCustody!: boolean;

  @IsDateTime()
  addedAt!: string;
}

export const DefendantAdded = defineEvent<DefendantAddedV1>({
  type: 'prosecution.defendant-added.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: DefendantAddedV1,
  description: 'A suspect was recorded as defendant in a case (GLOTIP: brought into formal contact).',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
