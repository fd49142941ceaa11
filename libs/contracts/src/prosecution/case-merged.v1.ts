import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField } from '../validators';
import { CaseFactsV1 } from './case-base';

/** `caseId` was merged into `intoCaseId` and is closed; its victims now belong to the surviving case. */
export class CaseMergedV1 extends CaseFactsV1 {
  @IsUuidField()
  intoCaseId!: string;

  @IsDateTime()
  mergedAt!: string;
}

export const CaseMerged = defineEvent<CaseMergedV1>({
  type: 'prosecution.case-merged.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: CaseMergedV1,
  description: 'A case was merged into another one.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
