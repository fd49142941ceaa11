import { ApiProperty } from '@nestjs/swagger';
import { Vocabularies } from '@relais/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IDENTITY_DOCUMENT_TYPES } from '../../domain/identity-document-types';
import { IsNotBlank } from './field-rules';

export class IdentityDocumentBody {
  @ApiProperty({ enum: IDENTITY_DOCUMENT_TYPES.codes, example: 'ninaCard', description: 'Kind of document (apps/intake/data/identity-document-types.json).' })
  @IsIn(IDENTITY_DOCUMENT_TYPES.codes as string[])
  type!: string;

  @ApiProperty({ example: '12345678901234A', maxLength: 50, description: 'Document number. Personal data: stored only encrypted.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(50)
  number!: string;

  @ApiProperty({ example: 'ML', description: 'Issuing country, ISO 3166-1 alpha-2.' })
  @IsIn(Vocabularies.countries.codes as string[])
  issuingCountry!: string;
}
