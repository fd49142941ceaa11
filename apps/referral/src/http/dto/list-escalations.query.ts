import { ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_CAUSES, EscalationCause, IsDateTime, Need, NEEDS, Region, REGIONS } from '@relais/contracts';
import { KeysetPageQuery } from '@relais/platform';
import { IsIn, IsOptional } from 'class-validator';
import { NEWEST_FIRST_CURSOR } from './paging.query';

export class ListEscalationsQuery extends KeysetPageQuery(NEWEST_FIRST_CURSOR) {
  @ApiPropertyOptional({ enum: ESCALATION_CAUSES, description: 'Only escalations with this cause.' })
  @IsOptional()
  @IsIn(ESCALATION_CAUSES)
  cause?: EscalationCause;

  @ApiPropertyOptional({ enum: NEEDS, description: 'Only escalations for this need.' })
  @IsOptional()
  @IsIn(NEEDS)
  need?: Need;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Only escalations for this region.' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ description: 'Escalated at or after this instant (ISO 8601).', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'Escalated before this instant (ISO 8601).', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsDateTime()
  to?: string;
}
