import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Region, REGIONS } from '@relais/contracts';
import { IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsNotBlank, IsPlaceName } from './field-rules';

const hasCoordinates = (o: PlaceBody) => o.latitude !== undefined || o.longitude !== undefined;

export class PlaceBody {
  @ApiProperty({ enum: REGIONS, example: 'mopti', description: 'Region of Mali where the person was identified (lowercase ASCII slug).' })
  @IsIn(REGIONS)
  region!: Region;

  @ApiPropertyOptional({ example: 'Djenné', maxLength: 100, description: 'Cercle (district) within the region.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlaceName()
  cercle?: string;

  @ApiPropertyOptional({ example: 'Djenné', maxLength: 100, description: 'Commune.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsPlaceName()
  commune?: string;

  @ApiPropertyOptional({ example: 'Gare routière', maxLength: 200, description: 'Locality or landmark where the identification took place (not the person’s address).' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  locality?: string;

  @ApiPropertyOptional({ example: 13.9061, minimum: -90, maximum: 90, description: 'WGS 84 latitude; give it with longitude.' })
  @ValidateIf(hasCoordinates)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ example: -4.5553, minimum: -180, maximum: 180, description: 'WGS 84 longitude; give it with latitude.' })
  @ValidateIf(hasCoordinates)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;
}
