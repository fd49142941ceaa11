import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, REGIONS, Region } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class OpenCaseBody {
  @ApiProperty({ enum: REGIONS, description: 'Region where the facts took place', example: 'mopti' })
  @IsIn(REGIONS)
  region!: Region;

  @ApiPropertyOptional({ description: 'Cercle where the facts took place', example: 'Djenné', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  cercle?: string;

  @ApiPropertyOptional({ description: "The prosecutor's own office; any other is refused (403)", example: 'parquet-tgi-mopti' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  officeId?: string;

  @ApiPropertyOptional({ description: 'When the matter reached the office (ISO 8601); default now', example: '2026-11-28T09:30:00Z' })
  @IsOptional()
  @IsDateTime()
  @NotInFuture()
  openedAt?: string;
}
