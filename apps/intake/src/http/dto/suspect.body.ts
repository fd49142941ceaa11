import { ApiPropertyOptional } from '@nestjs/swagger';
import { Sex, SEXES, Vocabularies } from '@relais/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from './field-rules';

export class SuspectBody {
  @ApiPropertyOptional({ enum: Vocabularies.perpetratorRoles.codes, example: 'RecruiterOrIntermediary', description: 'Role in the trafficking process (HTCDS per_RoleInProcess).' })
  @IsOptional()
  @IsIn(Vocabularies.perpetratorRoles.codes as string[])
  role?: string;

  @ApiPropertyOptional({ enum: SEXES, example: 'male' })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({ example: 'ML', description: 'Nationality, ISO 3166-1 alpha-2.' })
  @IsOptional()
  @IsIn(Vocabularies.countries.codes as string[])
  nationality?: string;

  @ApiPropertyOptional({ enum: Vocabularies.relationshipsToTrafficker.codes, example: 'Familial', description: 'Relationship to the victim.' })
  @IsOptional()
  @IsIn(Vocabularies.relationshipsToTrafficker.codes as string[])
  relationshipToVictim?: string;

  @ApiPropertyOptional({ example: 'Oumar K.', maxLength: 200, description: 'Name as the victim gave it. Personal data: encrypted.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;
}
