import { ApiPropertyOptional } from '@nestjs/swagger';
import { Need, NEEDS, ORGANISATION_TYPES, OrganisationType, Region, REGIONS } from '@relais/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { toBoolean } from './paging.query';

export class ListAgenciesQuery {
  @ApiPropertyOptional({ enum: REGIONS, description: 'Agencies serving this region (local or national).' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @ApiPropertyOptional({ enum: NEEDS, description: 'Agencies meeting this need.' })
  @IsOptional()
  @IsIn(NEEDS)
  need?: Need;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, description: 'Agencies of this type.' })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ type: Boolean, description: 'Only active (or only inactive) agencies.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}
