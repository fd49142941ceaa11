import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STAGES, CaseStage, IsDateTime } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class ChangeStageBody {
  @ApiProperty({ enum: CASE_STAGES, description: 'The stage to move to; only the steps the procedure allows are accepted (else 409)', example: 'preliminaryInvestigation' })
  @IsIn(CASE_STAGES)
  to!: CaseStage;

  @ApiProperty({ description: 'When the decision took effect (ISO 8601), not before the current stage began', example: '2026-11-29T10:00:00Z' })
  @IsDateTime()
  @NotInFuture()
  at!: string;

  @ApiPropertyOptional({ description: 'Reference of the act (required for dismissed and noCase)', example: 'CSS n° 2026/114', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decisionRef?: string;

  @ApiPropertyOptional({ description: 'Free-text note; stored encrypted, shown only in the audited case file', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({ description: 'The case version the decision was taken on (optimistic concurrency; stale → 409)', example: 1, minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
