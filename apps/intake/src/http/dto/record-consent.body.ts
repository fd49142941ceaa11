import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_GIVERS, ConsentGiver } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CONSENT_PURPOSES, ConsentPurpose } from '../../domain/consent';
import { IsDateTimeWithOffset, IsIdentifier, IsUuidString } from './field-rules';

/** One consent act: given (again) or withdrawn, for a purpose, to every recipient or to one. */
export class RecordConsentBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id of the act, chosen by the client so a retry records it once; or the Idempotency-Key header.' })
  @IsOptional()
  @IsUuidString()
  id?: string;

  @ApiProperty({ enum: CONSENT_PURPOSES, example: 'referral' })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiPropertyOptional({ example: 'shelter-mopti-1', description: 'Limit the act to one recipient (an agency id). Recorded, but the consent in force that other services see is the one for every recipient.' })
  @IsOptional()
  @IsIdentifier()
  recipient?: string;

  @ApiProperty({ enum: CONSENT_GIVERS, example: 'guardian', description: 'For a child: guardian or notApplicable.' })
  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;

  @ApiProperty({ example: true, description: 'true: consent withdrawn (or refused); false: consent given.' })
  @IsBoolean()
  withdrawn!: boolean;

  @ApiProperty({ example: '2026-11-22T10:00:00Z', format: 'date-time', description: 'When the person (or guardian) said it; not in the future.' })
  @IsDateTimeWithOffset()
  @NotInFuture()
  recordedAt!: string;
}
