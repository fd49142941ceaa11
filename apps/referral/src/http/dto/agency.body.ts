import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsCode, Need, NEEDS, ORGANISATION_TYPES, OrganisationType, REGIONS, Sex, SEXES } from '@relais/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min,
  MinLength, ValidateNested,
} from 'class-validator';
import { Coverage, NATIONAL } from '../../domain/agency';
import { AGENCY_ID_PATTERN } from './params';

export const COVERAGES: readonly Coverage[] = [...REGIONS, NATIONAL];
const MAX_BEDS = 100_000;

export class AcceptsBody {
  @ApiProperty({ description: 'Takes children (under 18).', example: true })
  @IsBoolean()
  minors!: boolean;

  @ApiProperty({ description: 'Takes adults.', example: true })
  @IsBoolean()
  adults!: boolean;

  @ApiProperty({ description: 'Sexes the agency takes (include `unknown` to take persons whose sex was not recorded).', enum: SEXES, isArray: true, example: ['female', 'male', 'unknown'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SEXES, { each: true })
  sexes!: Sex[];
}

export class CapacityBody {
  @ApiProperty({ type: 'integer', description: 'Beds the shelter has.', minimum: 0, maximum: MAX_BEDS, example: 12 })
  @IsInt()
  @Min(0)
  @Max(MAX_BEDS)
  beds!: number;

  @ApiProperty({ type: 'integer', description: 'Beds free now (at most `beds`). Accepting a shelter referral takes one; closing it gives it back.', minimum: 0, maximum: MAX_BEDS, example: 4 })
  @IsInt()
  @Min(0)
  @Max(MAX_BEDS)
  available!: number;
}

export class CreateAgencyBody {
  @ApiProperty({
    description: 'Id chosen by the client (lower-case letters, digits, hyphens): sending the same request again is harmless.',
    example: 'ngo-abri-segou',
  })
  @Matches(AGENCY_ID_PATTERN)
  id!: string;

  @ApiProperty({ description: 'Name shown to coordinators and caseworkers.', minLength: 1, maxLength: 200, example: 'ONG Abri — Ségou' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    enum: ORGANISATION_TYPES,
    description: 'Organisation type (HTCDS org_Type plus Relais protection types); routing rules name the eligible types per need.',
    example: 'Shelter',
  })
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @ApiProperty({ enum: NEEDS, isArray: true, description: 'Needs the agency meets.', example: ['shelter', 'basicNeeds'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(NEEDS, { each: true })
  services!: Need[];

  @ApiProperty({
    enum: COVERAGES,
    isArray: true,
    description: 'Regions covered, or `national` for the whole country (tried when no agency of the region can help).',
    example: ['segou'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(COVERAGES, { each: true })
  regions!: Coverage[];

  @ApiProperty({ type: () => AcceptsBody, description: 'Whom the agency takes.' })
  @ValidateNested()
  @Type(() => AcceptsBody)
  accepts!: AcceptsBody;

  @ApiProperty({ type: [String], description: 'Languages spoken (ISO 639 codes from the languages vocabulary).', example: ['fr', 'bm'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsCode('languages', { each: true })
  languages!: string[];

  @ApiPropertyOptional({ type: () => CapacityBody, description: 'Bed capacity, for shelters: accepting a shelter referral takes a bed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapacityBody)
  capacity?: CapacityBody;

  @ApiPropertyOptional({ description: 'Whether the agency receives referrals.', default: true, example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Any subset of the profile (the id never changes). */
export class UpdateAgencyBody extends PartialType(OmitType(CreateAgencyBody, ['id'] as const)) {
  @ApiPropertyOptional({ type: 'integer', description: 'The agency version this edit is based on; or send `If-Match: "<version>"`.', minimum: 1, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
