import { CaseMerged } from './case-merged.v1';
import { CaseOpened } from './case-opened.v1';
import { CaseStageChanged } from './case-stage-changed.v1';
import { CaseTransferred } from './case-transferred.v1';
import { DefendantAdded } from './defendant-added.v1';
import { DefendantCharged } from './defendant-charged.v1';
import { HearingScheduled } from './hearing-scheduled.v1';
import { JudgmentRendered } from './judgment-rendered.v1';
import { VictimLinked } from './victim-linked.v1';

export * from './case-base';
export * from './case-merged.v1';
export * from './case-opened.v1';
export * from './case-stage-changed.v1';
export * from './case-transferred.v1';
export * from './defendant-added.v1';
export * from './defendant-charged.v1';
export * from './hearing-scheduled.v1';
export * from './judgment-rendered.v1';
export * from './victim-linked.v1';

export const PROSECUTION_EVENTS = [
  CaseOpened, CaseStageChanged, VictimLinked, CaseTransferred, CaseMerged, DefendantAdded, DefendantCharged,
  HearingScheduled, JudgmentRendered,
] as const;
