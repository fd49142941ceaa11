import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsUuidField } from '@relais/contracts';
import { ESCALATION_RESOLUTIONS, EscalationResolution } from '../../domain/escalation';

export class ResolveEscalationBody {
  @ApiProperty({ enum: ESCALATION_RESOLUTIONS, description: 'Why the escalation needs no new referral.' })
  @IsIn(ESCALATION_RESOLUTIONS)
  resolution!: EscalationResolution;

  @ApiPropertyOptional({ description: 'For other coordinators. No personal data; erased with the person’s data anyway.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'The escalation version this resolution is based on; or send `If-Match: "<version>"`.', minimum: 1, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class EscalationIdParams {
  @ApiProperty({ description: 'Escalation id (UUID).', example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' })
  @IsUuidField()
  id!: string;
}
