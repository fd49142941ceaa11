import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import { CaseFactsV1 } from './case-base';

export class VictimLinkedV1 extends CaseFactsV1 {
  @IsVictimRef()
  victimRef!: string;

  @IsUuidField()
  identificationId!: string;

  @IsDateTime()
  linkedAt!: string;
}

export const VictimLinked = defineEvent<VictimLinkedV1>({
  type: 'prosecution.victim-linked.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: VictimLinkedV1,
  description: 'A further identification (victim) was linked to an existing case.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
