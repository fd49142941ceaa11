import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Assessment, ASSESSMENTS, EXPLOITATION_FORMS, ExploitationForm, Vocabularies } from '@relais/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsOptional, Min, ValidateNested,
} from 'class-validator';
import { IsNeedList, NeedBody } from './need.body';
import { PlaceBody } from './place.body';

const METHODS = Vocabularies.methodsOfControl.codes as string[];

/** Corrections of non-identifying fields; each field given replaces the current one whole. */
export class CorrectIdentificationBody {
  @ApiProperty({ example: 1, minimum: 1, description: 'The version the correction was made on (from the last read); a stale one gets 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: () => PlaceBody, description: 'The whole place, replacing the current one.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlaceBody)
  place?: PlaceBody;

  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS, isArray: true, minItems: 1 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EXPLOITATION_FORMS.length)
  @ArrayUnique()
  @IsIn(EXPLOITATION_FORMS, { each: true })
  forms?: ExploitationForm[];

  @ApiPropertyOptional({ enum: METHODS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(METHODS.length)
  @ArrayUnique()
  @IsIn(METHODS, { each: true })
  methodsOfControl?: string[];

  @ApiPropertyOptional({ type: () => [NeedBody], description: 'All needs; a child keeps childProtection whatever is sent.' })
  @IsOptional()
  @IsNeedList()
  needs?: NeedBody[];

  @ApiPropertyOptional({ enum: ASSESSMENTS })
  @IsOptional()
  @IsIn(ASSESSMENTS)
  assessment?: Assessment;
}
