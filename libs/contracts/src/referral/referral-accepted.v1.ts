import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { ReferralFactsV1 } from './referral-base';

export class ReferralAcceptedV1 extends ReferralFactsV1 {
  @IsDateTime()
  acceptedAt!: string;
}

export const ReferralAccepted = defineEvent<ReferralAcceptedV1>({
  type: 'referral.accepted.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralAcceptedV1,
  description: "The agency accepted the referral; it may now read the person's details from intake.",
  keyOf: (d) => d.referralId,
  subjectOf: (d) => d.referralId,
});
