import { IsBoolean, IsOptional } from 'class-validator';
import { defineEvent } from '../event-definition';
import { DEFENDANT, Fields } from '../field-groups';
import { Topics } from '../topics';
import { IsCode, IsDateTime } from '../validators';
import { Sex } from '../vocabulary';
import { CaseFactsV1 } from './case-base';

/** A person was brought into formal contact with the justice system (no identity in the event). */
export class DefendantAddedV1 extends CaseFactsV1 {
  @Fields(DEFENDANT)
  defendantId!: string;
  sex!: Sex;
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
