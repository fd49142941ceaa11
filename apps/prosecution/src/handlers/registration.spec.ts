import { IdentificationCorrected, PersonalDataErased, ReferralAccepted, ReferralClosed, VictimIdentified } from '@relais/contracts';
import { SUBSCRIPTIONS } from '@relais/messaging';
import { describeEventRegistration } from '@relais/test-infra';
import { ProsecutionModule } from '../prosecution.module';
import { IntakeEventsHandler } from './intake-events.handler';
import { ReferralEventsHandler } from './referral-events.handler';

// Prosecution has no routing table for events: the types it consumes are pinned here, so dropping
// one (or its @EventPattern) is a decision taken in two places, never a case silently not opened.
describeEventRegistration('prosecution', {
  module: ProsecutionModule,
  handlers: [IntakeEventsHandler, ReferralEventsHandler],
  types: [VictimIdentified, IdentificationCorrected, PersonalDataErased, ReferralAccepted, ReferralClosed].map((d) => d.type),
  topics: SUBSCRIPTIONS.prosecution,
});
