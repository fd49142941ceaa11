import { ApiPropertyOptional } from '@nestjs/swagger';
import { Region, REGIONS } from '@relais/contracts';
import { KeysetPageQuery } from '@relais/platform';
import { IsIn, IsISO8601, IsOptional, ValidateBy } from 'class-validator';
import { IDENTIFICATIONS_CURSOR } from './cursor';
import { IsIdentifier } from './field-rules';

/** `to` later than `from`, when both are given. */
const AfterFrom = () =>
  ValidateBy({
    name: 'rangeOrder',
    validator: { validate: (to: unknown, args) => { const from = (args?.object as ListIdentificationsQuery).from; return from === undefined || typeof to !== 'string' || Date.parse(to) > Date.parse(from); } },
  });

/**
 * Newest first, by keyset pagination (stable while new identifications arrive): `limit` rows,
 * then `nextCursor` to pass back as `cursor`.
 */
export class ListIdentificationsQuery extends KeysetPageQuery(IDENTIFICATIONS_CURSOR) {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'Identified at or after (ISO 8601 date or date-time).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Identified before (exclusive; ISO 8601 date or date-time).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @AfterFrom()
  to?: string;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Region of identification (within the caller’s scope).' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ example: 'brigade-djenne', description: 'Reporting unit (within the caller’s scope).' })
  @IsOptional()
  @IsIdentifier()
  unitId?: string;
}
