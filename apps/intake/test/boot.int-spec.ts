import { describeServiceBoot } from '@relais/testing';
import { INTAKE_SERVICE } from '../src/intake.service-definition';

describeServiceBoot(INTAKE_SERVICE);
