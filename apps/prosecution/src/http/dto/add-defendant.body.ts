import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCode, IsDateTime, SEXES, Sex, Vocabularies } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CUSTODY_STATUSES, CustodyStatus, IDENTITY_DOCUMENT_KINDS, IdentityDocumentKind } from '../../domain/defendant';
import { AtLeastOneOf, IsCalendarDate } from '../validators';

export class IdentityDocumentBody {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_KINDS, example: 'nationalIdCard' })
  @IsIn(IDENTITY_DOCUMENT_KINDS)
  kind!: IdentityDocumentKind;

  @ApiProperty({ description: 'Document number (stored encrypted)', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number!: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the issuing country', example: 'ML' })
  @IsOptional()
  @IsCode('countries')
  issuingCountry?: string;
}

/** Everything here is sealed in the vault under the defendant's own key; nothing of it is logged or sent. */
export class DefendantIdentityBody {
  @ApiPropertyOptional({ description: 'Family name (one of familyName, givenNames, aliases is required)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  familyName?: string;

  @ApiPropertyOptional({ description: 'Given names', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  givenNames?: string;

  @ApiPropertyOptional({ description: 'Aliases and nicknames, for suspects known only by one', type: [String], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ description: 'Date of birth, YYYY-MM-DD', example: '1985-04-12' })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture()
  dateOfBirth?: string;

  @ApiPropertyOptional({ type: [IdentityDocumentBody], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IdentityDocumentBody)
  identityDocuments?: IdentityDocumentBody[];

  @ApiPropertyOptional({ description: 'Last known address', maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address?: string;
}

export class AddDefendantBody {
  @ApiProperty({ type: DefendantIdentityBody, description: 'Sealed in the vault; at least one of familyName, givenNames, aliases' })
  @AtLeastOneOf(['familyName', 'givenNames', 'aliases'])
  @ValidateNested()
  @Type(() => DefendantIdentityBody)
  identity!: DefendantIdentityBody;

  @ApiProperty({ enum: SEXES, example: 'male' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 nationality', example: 'ML' })
  @IsOptional()
  @IsCode('countries')
  nationality?: string;

  @ApiPropertyOptional({ enum: Vocabularies.perpetratorRoles.codes, description: 'Role in the trafficking process (HTCDS per_RoleInProcess)', example: 'RecruiterOrIntermediary' })
  @IsOptional()
  @IsCode('perpetratorRoles')
  role?: string;

  @ApiProperty({ enum: CUSTODY_STATUSES, description: 'policeCustody, pretrialDetention and imprisoned count as in custody', example: 'pretrialDetention' })
  @IsIn(CUSTODY_STATUSES)
  custody!: CustodyStatus;

  @ApiPropertyOptional({ description: 'When the person became a defendant (ISO 8601); default now', example: '2026-11-29T11:00:00Z' })
  @IsOptional()
  @IsDateTime()
  @NotInFuture()
  addedAt?: string;
}
