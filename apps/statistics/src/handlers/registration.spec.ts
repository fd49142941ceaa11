import { SUBSCRIPTIONS } from '@relais/messaging';
import { describeEventRegistration } from '@relais/test-infra';
import { StatisticsModule } from '../statistics.module';
import { PROJECTED_EVENT_TYPES } from '../use-cases/apply-event';
import { ProjectedEventsHandler } from './projected-events.handler';

describeEventRegistration('statistics', {
  module: StatisticsModule,
  handlers: [ProjectedEventsHandler],
  types: PROJECTED_EVENT_TYPES,
  topics: SUBSCRIPTIONS.statistics,
});
