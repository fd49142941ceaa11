import { IsIn } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { CASE_STAGES, CaseStage } from '../vocabulary';
import { CaseFactsV1 } from './case-base';

export class CaseStageChangedV1 extends CaseFactsV1 {
  @IsIn(CASE_STAGES)
  from!: CaseStage;

  @IsIn(CASE_STAGES)
  to!: CaseStage;

  /** When the decision took effect (not when it was recorded). */
  @IsDateTime()
  at!: string;
}

export const CaseStageChanged = defineEvent<CaseStageChangedV1>({
  type: 'prosecution.case-stage-changed.v1',
  topic: Topics.ProsecutionCases,
  source: 'prosecution',
  dataClass: CaseStageChangedV1,
  description: 'A case moved from one procedural stage to another.',
  keyOf: (d) => d.caseId,
  subjectOf: (d) => d.caseId,
});
