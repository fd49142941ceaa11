import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCode, IsDateTime, Vocabularies } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';

export class ChargeDefendantBody {
  @ApiProperty({
    enum: Vocabularies.offences.codes,
    isArray: true,
    description: 'Offences charged (Law 2012-023 and related offences); each is recorded with its ICCS code',
    example: ['traffickingForcedLabour'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsCode('offences', { each: true })
  offences!: string[];

  @ApiPropertyOptional({ description: 'When the charges were brought (ISO 8601); default now', example: '2026-11-30T09:00:00Z' })
  @IsOptional()
  @IsDateTime()
  @NotInFuture()
  chargedAt?: string;
}
