import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUuidField, Need, NEEDS } from '@relais/contracts';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { AGENCY_ID_PATTERN } from './params';

export class CreateReferralBody {
  @ApiProperty({ description: 'Id of the new referral, chosen by the client (UUID): sending the same request again is harmless.', example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f' })
  @IsUuidField()
  id!: string;

  @ApiProperty({ description: 'The identification whose need is referred.', example: '0193b1e4-6f2a-7c3d-8e4f-000000000001' })
  @IsUuidField()
  identificationId!: string;

  @ApiProperty({ enum: NEEDS, description: 'The need referred.', example: 'shelter' })
  @IsIn(NEEDS)
  need!: Need;

  @ApiProperty({ description: 'The agency chosen by the coordinator.', example: 'demo-shelter-kayes' })
  @Matches(AGENCY_ID_PATTERN)
  agencyId!: string;

  @ApiPropertyOptional({ description: 'Urgent; by default as recorded with the need at identification.' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}
