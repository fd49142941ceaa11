import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STAGES, CaseStage, REGIONS, Region } from '@relais/contracts';
import { PageLimit } from '@relais/platform';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../validators';

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: CASE_STAGES, isArray: true, description: 'Only cases at these stages (repeat the parameter or separate with commas)' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')))
  @IsArray()
  @IsIn(CASE_STAGES, { each: true })
  stage?: CaseStage[];

  @ApiPropertyOptional({ description: "Only this office's cases (a prosecutor sees only their own anyway)", example: 'parquet-tgi-mopti' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  officeId?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ description: 'Opened on or after this day (YYYY-MM-DD, UTC)', example: '2026-11-01' })
  @IsOptional()
  @IsCalendarDate()
  openedFrom?: string;

  @ApiPropertyOptional({ description: 'Opened on or before this day (YYYY-MM-DD, UTC)', example: '2026-11-30' })
  @IsOptional()
  @IsCalendarDate()
  openedTo?: string;

  @ApiPropertyOptional({ description: 'Include cases merged into another (default false)', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeMerged?: boolean;

  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}
