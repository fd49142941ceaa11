import { describeServiceBoot } from '@relais/testing';
import { PROSECUTION_SERVICE } from '../src/prosecution.service-definition';

describeServiceBoot(PROSECUTION_SERVICE);
