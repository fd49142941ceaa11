import { ApiProperty } from '@nestjs/swagger';
import { IsUuidField, IsVictimRef } from '@relais/contracts';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export const AGENCY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,98}[a-z0-9]$/;

/** Path parameters are validated like bodies: a malformed id is a 400 that names the field, never a database error. */
export class ReferralIdParams {
  @ApiProperty({ description: 'Referral id (UUID).', example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' })
  @IsUuidField()
  id!: string;
}

export class VictimRefParams {
  @ApiProperty({ description: 'Pseudonymous reference of the person.', example: 'V-7K3M9Q2XPA' })
  @IsVictimRef()
  victimRef!: string;
}

export class AgencyIdParams {
  @ApiProperty({ description: 'Agency id: lower-case letters, digits and hyphens.', example: 'demo-shelter-mopti' })
  @Matches(AGENCY_ID_PATTERN)
  id!: string;
}

export class RulesVersionParams {
  @ApiProperty({ type: 'integer', description: 'Routing rules version.', example: 1, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}
