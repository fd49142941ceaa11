import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { defineEvent } from '../event-definition';
import { REFERENCE_PATTERN } from '../references';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import { ESCALATION_CAUSES, EscalationCause, NEEDS, Need, REGIONS, Region } from '../vocabulary';

/**
 * A referral needs the coordinator: a deadline was missed, an agency declined, or no agency could
 * take the need at all (then there is no referral, and `referralId` is absent).
 */
export class ReferralEscalatedV1 {
  @IsUuidField()
  escalationId!: string;

  @IsOptional()
  @IsUuidField()
  referralId?: string;

  @IsOptional()
  @Matches(REFERENCE_PATTERN)
  reference?: string;

  @IsVictimRef()
  victimRef!: string;

  @IsUuidField()
  identificationId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  agencyId?: string;

  @IsIn(NEEDS)
  need!: Need;

  @IsBoolean()
  urgent!: boolean;

  @IsIn(REGIONS)
  region!: Region;

  @IsIn(ESCALATION_CAUSES)
  cause!: EscalationCause;

  @IsDateTime()
  escalatedAt!: string;

  /** The new referral made to the next candidate, when there was one. */
  @IsOptional()
  @IsUuidField()
  reroutedTo?: string;
}

export const ReferralEscalated = defineEvent<ReferralEscalatedV1>({
  type: 'referral.escalated.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralEscalatedV1,
  description: 'A referral was escalated to the national coordinator (deadline missed, declined, or no candidate).',
  keyOf: (d) => d.referralId ?? d.escalationId,
  subjectOf: (d) => d.referralId ?? d.escalationId,
});
