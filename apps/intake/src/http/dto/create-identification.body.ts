import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Assessment, ASSESSMENTS, ILO_INDICATORS, IloIndicator, NEEDS } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested,
} from 'class-validator';
import { ExploitationBody } from './exploitation.body';
import { IsDateTimeWithOffset, IsUuidString } from './field-rules';
import { InitialConsentBody } from './initial-consent.body';
import { IsNeedList, NeedBody } from './need.body';
import { PersonBody } from './person.body';
import { PlaceBody } from './place.body';
import { SuspectBody } from './suspect.body';

export const NARRATIVE_MAX_LENGTH = 20_000;

/**
 * An identification as the officer records it (HTCDS-aligned). The reporting unit, institution
 * and officer are taken from the token, never from here.
 */
export class CreateIdentificationBody {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f',
    description: 'Chosen by the client (UUID, v7 advised) so that a retry cannot record the person twice. Required unless the Idempotency-Key header carries it; both given must match.',
  })
  @IsOptional()
  @IsUuidString()
  id?: string;

  @ApiProperty({ example: '2026-11-20T09:30:00Z', format: 'date-time', description: 'When the person was identified (with offset), not in the future.' })
  @IsDateTimeWithOffset()
  @NotInFuture()
  identifiedAt!: string;

  @ApiProperty({ type: () => PlaceBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PlaceBody)
  place!: PlaceBody;

  @ApiProperty({ type: () => PersonBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonBody)
  person!: PersonBody;

  @ApiProperty({ type: () => ExploitationBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExploitationBody)
  exploitation!: ExploitationBody;

  @ApiProperty({ enum: ILO_INDICATORS, isArray: true, example: ['deception', 'debtBondage'], description: 'ILO indicators of forced labour observed (may be empty).' })
  @IsArray()
  @ArrayMaxSize(ILO_INDICATORS.length)
  @ArrayUnique()
  @IsIn(ILO_INDICATORS, { each: true })
  indicators!: IloIndicator[];

  @ApiProperty({ enum: ASSESSMENTS, example: 'PossibleVictimOfTrafficking', description: 'The officer’s conclusion (HTCDS vic_TraffickingStatus).' })
  @IsIn(ASSESSMENTS)
  assessment!: Assessment;

  @ApiProperty({ type: () => [NeedBody], maxItems: NEEDS.length, description: 'Protection needs, each at most once. A child always gets childProtection.' })
  @IsNeedList()
  needs!: NeedBody[];

  @ApiProperty({ type: () => InitialConsentBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InitialConsentBody)
  consent!: InitialConsentBody;

  @ApiPropertyOptional({ type: () => [SuspectBody], maxItems: 50, description: 'Suspected traffickers; only the count leaves intake.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SuspectBody)
  suspects?: SuspectBody[];

  @ApiPropertyOptional({ maxLength: NARRATIVE_MAX_LENGTH, example: 'Trouvé à la gare routière…', description: 'The officer’s account. Personal data: encrypted, never sent anywhere.' })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX_LENGTH)
  narrative?: string;
}
