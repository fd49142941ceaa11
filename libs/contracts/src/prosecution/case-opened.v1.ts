import { IsArray, IsIn } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField } from '../validators';
import { REGIONS, Region } from '../vocabulary';
import { CaseFactsV1 } from './case-base';

export class CaseOpenedV1 extends CaseFactsV1 {
  @IsArray()
  @IsUuidField({ each: true })
  identificationIds!: string[];

  @IsIn(REGIONS)
  region!: Region;

  @IsDateTime()
  openedAt!: string;

  /** Opened automatically from an identification, or by a prosecutor. */
  @IsIn(['identification', 'prosecutor'])
  openedFrom!: 'identification' | 'prosecutor';
}

export const CaseOpened = defineEvent<CaseOpenedV1>({
  type: 'prosecution.case-opened.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: CaseOpenedV1,
  description: 'A case was opened at the competent prosecutor office.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
