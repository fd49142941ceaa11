import { SUBSCRIPTIONS } from '@relais/messaging';
import { describeEventRegistration } from '@relais/test-infra';
import { CONSUMED_EVENT_TYPES } from '../domain/routing-rules';
import { NotificationsModule } from '../notifications.module';
import { IntakeEventsHandler } from './intake-events.handler';
import { ProsecutionEventsHandler } from './prosecution-events.handler';
import { ReferralEventsHandler } from './referral-events.handler';

describeEventRegistration('notifications', {
  module: NotificationsModule,
  handlers: [ReferralEventsHandler, ProsecutionEventsHandler, IntakeEventsHandler],
  types: CONSUMED_EVENT_TYPES,
  topics: SUBSCRIPTIONS.notifications,
});
