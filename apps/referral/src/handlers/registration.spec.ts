import { ConsentChanged, IdentificationCorrected, PersonalDataErased, VictimIdentified } from '@relais/contracts';
import { SUBSCRIPTIONS } from '@relais/messaging';
import { describeEventRegistration } from '@relais/test-infra';
import { ReferralModule } from '../referral.module';
import { IntakeEventsHandler } from './intake-events.handler';

// Referral has no routing table for events: the types it consumes are pinned here, so dropping one
// (or its @EventPattern) is a decision taken in two places, never a silently unrouted identification.
describeEventRegistration('referral', {
  module: ReferralModule,
  handlers: [IntakeEventsHandler],
  types: [VictimIdentified, IdentificationCorrected, ConsentChanged, PersonalDataErased].map((d) => d.type),
  topics: SUBSCRIPTIONS.referral,
});
