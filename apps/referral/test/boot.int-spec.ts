import { describeServiceBoot } from '@relais/testing';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';

describeServiceBoot(REFERRAL_SERVICE);
