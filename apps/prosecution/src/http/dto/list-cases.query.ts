import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { CASE_STAGES, CaseStage, REGIONS, Region } from '@relais/contracts';
import { keysetCursor, KeysetPageQuery } from '@relais/platform';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../validators';

/** The list's sort keys, newest first: when the case was opened, then its id. */
export const CASES_CURSOR = keysetCursor('timestamp', 'uuid');

/** The filters the case list and its per-stage counts share. */
export class CaseCountsQuery {
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
}

/** `?limit=&cursor=` (the old `page`, `pageSize` and `offset` are unknown fields, refused) plus the filters. */
export class ListCasesQuery extends IntersectionType(KeysetPageQuery(CASES_CURSOR), CaseCountsQuery) {
  @ApiPropertyOptional({ enum: CASE_STAGES, isArray: true, description: 'Only cases at these stages (repeat the parameter or separate with commas)' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')))
  @IsArray()
  @IsIn(CASE_STAGES, { each: true })
  stage?: CaseStage[];
}
