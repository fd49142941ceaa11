import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_GIVERS, ConsentGiver } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { IsBoolean, IsIn } from 'class-validator';
import { IsDateTimeWithOffset } from './field-rules';

export class InitialConsentBody {
  @ApiProperty({ example: true, description: 'Consent to be referred to protection services.' })
  @IsBoolean()
  referral!: boolean;

  @ApiProperty({ example: false, description: 'Consent to share personal details beyond the agencies the person is referred to.' })
  @IsBoolean()
  dataSharing!: boolean;

  @ApiProperty({ enum: CONSENT_GIVERS, example: 'victim', description: 'Who gave it: a child’s consent is given by a guardian, or is not applicable.' })
  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;

  @ApiProperty({ example: '2026-11-20T09:45:00Z', format: 'date-time', description: 'When consent was recorded (with offset), not in the future.' })
  @IsDateTimeWithOffset()
  @NotInFuture()
  recordedAt!: string;
}
