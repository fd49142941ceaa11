import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Sex, SEXES, Vocabularies } from '@relais/contracts';
import { AtMostOneOf, NotInFuture } from '@relais/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsPhoneNumber, IsString, Max,
  MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsNotBlank } from './field-rules';
import { IdentityDocumentBody } from './identity-document.body';

const COUNTRIES = Vocabularies.countries.codes as string[];
const LANGUAGES = Vocabularies.languages.codes as string[];
const GENDER_IDENTITIES = Vocabularies.genderIdentities.codes as string[];

/** The presumed victim. Every field but sex, nationalities and languages is stored only encrypted. */
export class PersonBody {
  @ApiProperty({ example: 'Aminata', maxLength: 200, description: 'Given name(s). Personal data: encrypted.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  givenNames!: string;

  @ApiProperty({ example: 'Traoré', maxLength: 200, description: 'Family name. Personal data: encrypted.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  familyName!: string;

  @ApiPropertyOptional({ example: 'Mina', maxLength: 200, description: 'Other names or aliases. Personal data: encrypted.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  otherNames?: string;

  @ApiProperty({ enum: SEXES, example: 'female', description: 'Sex (HTCDS prs_Sex).' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiPropertyOptional({ enum: GENDER_IDENTITIES, example: 'Feminine', description: 'Gender identity (HTCDS prs_Gender). Sensitive: encrypted.' })
  @IsOptional()
  @IsIn(GENDER_IDENTITIES)
  genderIdentity?: string;

  @ApiPropertyOptional({ example: '2010-03-14', format: 'date', description: 'Date of birth (YYYY-MM-DD), not after the identification; give this or estimatedAge. Personal data: encrypted.' })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture()
  @AtMostOneOf(['dateOfBirth', 'estimatedAge'])
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 14, minimum: 0, maximum: 120, description: 'Age in years estimated by the officer when the birth date is unknown. Encrypted; only the age group leaves intake.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  estimatedAge?: number;

  @ApiPropertyOptional({ example: true, description: 'The officer presumes the person is a child (age unknown or doubtful): they are then treated as a minor whatever the stated age.' })
  @IsOptional()
  @IsBoolean()
  presumedMinor?: boolean;

  @ApiProperty({ type: [String], example: ['ML'], minItems: 1, maxItems: 10, description: 'Nationalities, ISO 3166-1 alpha-2.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(COUNTRIES, { each: true })
  nationalities!: string[];

  @ApiPropertyOptional({ type: [String], example: ['bm', 'fr'], maxItems: 10, description: 'Languages spoken, ISO 639-1 or ISO 639-2/3 codes of the reference list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(LANGUAGES, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ example: '+22370000000', description: 'Phone number (international, or Malian without prefix). Personal data: encrypted.' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  @IsPhoneNumber('ML')
  phone?: string;

  @ApiPropertyOptional({ example: 'Bamako, Commune IV, Lafiabougou', maxLength: 500, description: 'Address. Personal data: encrypted.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ type: () => [IdentityDocumentBody], maxItems: 10, description: 'Identity documents seen. Personal data: encrypted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => IdentityDocumentBody)
  identityDocuments?: IdentityDocumentBody[];

  @ApiPropertyOptional({ example: 'Malentendant', maxLength: 500, description: 'Disability or health condition relevant to care. Sensitive: encrypted.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  disability?: string;
}
