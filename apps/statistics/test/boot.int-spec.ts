import { describeServiceBoot } from '@relais/testing';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';

describeServiceBoot(STATISTICS_SERVICE);
