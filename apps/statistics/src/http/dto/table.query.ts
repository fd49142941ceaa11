import { ApiPropertyOptional } from '@nestjs/swagger';
import { Region, REGIONS } from '@relais/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { MAX_GROUP_BY, REFERRAL_DIMENSIONS, ReferralDimension, VICTIM_DIMENSIONS, VictimDimension } from '../../domain/dimensions';
import { Period, PERIODS, today } from '../../domain/periods';
import { IsCalendarDate, IsRangeEnd, ListParam } from './validators';

/** The time frame every indicator table takes. */
export class TableQuery {
  @ApiPropertyOptional({ description: 'First day counted (inclusive). Default: 1 January of the year of `to`.', example: '2026-01-01', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day counted (inclusive). Default: today (UTC, which is Mali time).', example: '2026-12-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  @IsRangeEnd()
  to?: string = today();

  @ApiPropertyOptional({ description: 'Break the counts down by calendar period; without it, one total for the range.', enum: PERIODS, example: 'month' })
  @IsOptional()
  @IsIn(PERIODS)
  period?: Period;

  @ApiPropertyOptional({ description: 'Count only this region (of the identification, the referral or the case); the table is protected as a table of its own.', enum: REGIONS, example: 'mopti' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;
}

export class VictimsQuery extends TableQuery {
  @ApiPropertyOptional({
    description: `Dimensions to group by, comma-separated (at most ${MAX_GROUP_BY}). A victim with several forms of exploitation or nationalities counts once under each.`,
    isArray: true,
    example: 'region,sex',
    enum: VICTIM_DIMENSIONS,
  })
  @IsOptional()
  @ListParam()
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_BY)
  @ArrayUnique()
  @IsIn(VICTIM_DIMENSIONS, { each: true })
  groupBy?: VictimDimension[];
}

export class ReferralsQuery extends TableQuery {
  @ApiPropertyOptional({
    description: `Dimensions to group by, comma-separated (at most ${MAX_GROUP_BY}). \`status\` is the referral's current status; \`declineReason\` why it was declined (\`none\` when it was not).`,
    isArray: true,
    example: 'need,status',
    enum: REFERRAL_DIMENSIONS,
  })
  @IsOptional()
  @ListParam()
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_BY)
  @ArrayUnique()
  @IsIn(REFERRAL_DIMENSIONS, { each: true })
  groupBy?: ReferralDimension[];
}
