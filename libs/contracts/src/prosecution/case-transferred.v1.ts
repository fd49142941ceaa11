import { IsString, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { CaseFactsV1 } from './case-base';

/** `officeId` is the office that now holds the case. */
export class CaseTransferredV1 extends CaseFactsV1 {
  @IsString()
  @MaxLength(100)
  fromOfficeId!: string;

  @IsDateTime()
  transferredAt!: string;
}

export const CaseTransferred = defineEvent<CaseTransferredV1>({
  type: 'prosecution.case-transferred.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: CaseTransferredV1,
  description: 'A case was transferred to another prosecutor office.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
