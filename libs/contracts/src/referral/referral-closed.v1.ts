import { IsIn } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { REFERRAL_OUTCOMES, ReferralOutcome } from '../vocabulary';
import { ReferralFactsV1 } from './referral-base';

export class ReferralClosedV1 extends ReferralFactsV1 {
  @IsDateTime()
  closedAt!: string;

  @IsIn(REFERRAL_OUTCOMES)
  outcome!: ReferralOutcome;
}

export const ReferralClosed = defineEvent<ReferralClosedV1>({
  type: 'referral.closed.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralClosedV1,
  description: "The referral was closed with an outcome; the agency's access to the person's details ends.",
  keyOf: (d) => d.referralId,
  subjectOf: (d) => d.referralId,
});
