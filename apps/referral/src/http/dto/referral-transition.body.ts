import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECLINE_REASONS, DeclineReason } from '@relais/contracts';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { AGENCY_OUTCOMES, AgencyOutcome } from '../../domain/referral';

export const NOTE_MAX_LENGTH = 2000;

/** Every change names the version it was made on, here or in `If-Match`. */
export class ReferralTransitionBody {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'The referral version this change is based on; or send it as `If-Match: "<version>"`. A stale version gets 409.',
    minimum: 1,
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DeclineReferralBody extends ReferralTransitionBody {
  @ApiProperty({ description: 'Why the agency cannot take the person (a code: it is what other services are told).', enum: DECLINE_REASONS, example: 'noCapacity' })
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;

  @ApiPropertyOptional({
    description: 'Explanation for the coordinator. Stays in the referral service: never sent in an event; erased with the person\'s data.',
    maxLength: NOTE_MAX_LENGTH,
    example: 'Plus de place avant la fin du mois.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export class CloseReferralBody extends ReferralTransitionBody {
  @ApiProperty({ description: 'How the referral ended.', enum: AGENCY_OUTCOMES, example: 'serviceProvided' })
  @IsIn(AGENCY_OUTCOMES)
  outcome!: AgencyOutcome;

  @ApiPropertyOptional({
    description: 'The service given, for the agency\'s and the coordinator\'s record. Stays in the referral service; erased with the person\'s data.',
    maxLength: NOTE_MAX_LENGTH,
    example: 'Hébergement de 3 semaines, puis retour en famille.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}
