import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class TransferCaseBody {
  @ApiProperty({ description: 'The office that will hold the case (see GET /api/v1/offices)', example: 'pole-judiciaire-specialise-bamako' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  toOfficeId!: string;

  @ApiProperty({ description: 'The case version the decision was taken on (stale → 409)', example: 3, minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ description: 'When the transfer took effect (ISO 8601); default now', example: '2026-11-30T08:00:00Z' })
  @IsOptional()
  @IsDateTime()
  @NotInFuture()
  at?: string;
}
