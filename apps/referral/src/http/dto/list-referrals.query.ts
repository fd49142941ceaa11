import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, Need, NEEDS, REFERRAL_STATUSES, ReferralStatus } from '@relais/contracts';
import { KeysetPageQuery } from '@relais/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { AGENCY_ID_PATTERN } from './params';
import { NEWEST_FIRST_CURSOR, toBoolean } from './paging.query';

export class ListReferralsQuery extends KeysetPageQuery(NEWEST_FIRST_CURSOR) {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Only referrals in this status.' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ enum: NEEDS, description: 'Only referrals for this need.' })
  @IsOptional()
  @IsIn(NEEDS)
  need?: Need;

  @ApiPropertyOptional({ description: 'Only referrals to this agency (an agency sees its own whatever this says).', example: 'demo-shelter-mopti' })
  @IsOptional()
  @Matches(AGENCY_ID_PATTERN)
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Only urgent (or only non-urgent) referrals.', type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({ description: 'Created at or after this instant (ISO 8601).', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'Created before this instant (ISO 8601).', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsDateTime()
  to?: string;
}
