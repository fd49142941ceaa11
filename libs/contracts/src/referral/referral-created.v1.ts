import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField } from '../validators';
import { AGE_BANDS, AgeBand, ORGANISATION_TYPES, OrganisationType, REGIONS, Region, SEXES, Sex } from '../vocabulary';
import { ReferralFactsV1 } from './referral-base';

export class ReferralCreatedV1 extends ReferralFactsV1 {
  @IsIn(ORGANISATION_TYPES)
  agencyType!: OrganisationType;

  @IsBoolean()
  urgent!: boolean;

  @IsIn(REGIONS)
  region!: Region;

  @IsBoolean()
  isMinor!: boolean;

  @IsIn(AGE_BANDS)
  ageGroup!: AgeBand;

  @IsIn(SEXES)
  sex!: Sex;

  @IsDateTime()
  createdAt!: string;

  /** Deadline to acknowledge. */
  @IsDateTime()
  dueBy!: string;

  /** The referral this one replaces after a decline or a missed deadline. */
  @IsOptional()
  @IsUuidField()
  reroutedFrom?: string;
}

export const ReferralCreated = defineEvent<ReferralCreatedV1>({
  type: 'referral.created.v1',
  topic: Topics.ReferralReferrals,
  source: 'referral',
  dataClass: ReferralCreatedV1,
  description: 'A person was referred to an agency for one need; the acknowledgement deadline starts.',
  keyOf: (d) => d.referralId,
  subjectOf: (d) => d.referralId,
});
