import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { ReferralFactsV1 } from './referral-base';

export class ReferralAcknowledgedV1 extends ReferralFactsV1 {
  @IsDateTime()
  acknowledgedAt!: string;

  /** Deadline to accept or decline. */
  @IsDateTime()
  dueBy!: string;
}

export const ReferralAcknowledged = defineEvent<ReferralAcknowledgedV1>({
  type: 'referral.acknowledged.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralAcknowledgedV1,
  description: 'The agency acknowledged receipt of the referral; the acceptance deadline starts.',
  keyOf: (d) => d.referralId,
  subjectOf: (d) => d.referralId,
});
