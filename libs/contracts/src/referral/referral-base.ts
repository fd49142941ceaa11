import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { REFERENCE_PATTERN } from '../references';
import { IsUuidField, IsVictimRef } from '../validators';
import { NEEDS, Need } from '../vocabulary';

/** What every referral lifecycle event says about the referral it concerns. */
export abstract class ReferralFactsV1 {
  @IsUuidField()
  referralId!: string;

  @Matches(REFERENCE_PATTERN)
  reference!: string;

  @IsVictimRef()
  victimRef!: string;

  @IsUuidField()
  identificationId!: string;

  @IsString()
  @MaxLength(100)
  agencyId!: string;

  @IsIn(NEEDS)
  need!: Need;
}
