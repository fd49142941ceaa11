import { describeServiceBoot } from '@relais/testing';
import { NOTIFICATIONS_SERVICE } from '../src/notifications.service-definition';

describeServiceBoot(NOTIFICATIONS_SERVICE);
