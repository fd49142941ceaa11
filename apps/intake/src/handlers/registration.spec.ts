import { CaseMerged, CaseOpened, CaseTransferred, ReferralAccepted, ReferralClosed, VictimLinked } from '@relais/contracts';
import { SUBSCRIPTIONS } from '@relais/messaging';
import { describeEventRegistration } from '@relais/test-infra';
import { IntakeModule } from '../intake.module';
import { ProsecutionEventsHandler } from './prosecution-events.handler';
import { ReferralEventsHandler } from './referral-events.handler';

// Intake has no routing table: the types it consumes are pinned here, so dropping one (or its
// @EventPattern) is a decision taken in two places, never a silent loss of access tracking.
describeEventRegistration('intake', {
  module: IntakeModule,
  handlers: [ReferralEventsHandler, ProsecutionEventsHandler],
  types: [ReferralAccepted, ReferralClosed, CaseOpened, VictimLinked, CaseTransferred, CaseMerged].map((d) => d.type),
  topics: SUBSCRIPTIONS.intake,
});
