import { IsIn } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime } from '../validators';
import { DECLINE_REASONS, DeclineReason } from '../vocabulary';
import { ReferralFactsV1 } from './referral-base';

export class ReferralDeclinedV1 extends ReferralFactsV1 {
  @IsDateTime()
  declinedAt!: string;

  /** A code only: a free-text reason could carry personal data and stays in the referral service. */
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;
}

export const ReferralDeclined = defineEvent<ReferralDeclinedV1>({
  type: 'referral.declined.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralDeclinedV1,
  description: 'The agency declined the referral; it is re-routed at once.',
  keyOf: (d) => d.referralId,
  subjectOf: (d) => d.referralId,
});
