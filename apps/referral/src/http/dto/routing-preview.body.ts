import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Need, NEEDS, Region, REGIONS, Sex, SEXES } from '@relais/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import type { PreviewCandidate, PreviewDecision, RoutingPreview, RoutingPreviewRequest } from '../../use-cases/preview-routing';

export class PreviewNeedBody {
  @ApiProperty({ enum: NEEDS, example: 'shelter' })
  @IsIn(NEEDS)
  need!: Need;

  @ApiPropertyOptional({ description: 'Default false' })
  @IsOptional()
  @IsBoolean()
  urgent?: boolean;

  @ApiPropertyOptional({ description: 'Consent to be referred for it; default true' })
  @IsOptional()
  @IsBoolean()
  consented?: boolean;
}

/** A hypothetical person: the coarse attributes routing uses, nothing that identifies anyone. */
export class RoutingPreviewBody implements RoutingPreviewRequest {
  @ApiProperty({ enum: REGIONS, example: 'kayes' })
  @IsIn(REGIONS)
  region!: Region;

  @ApiProperty({ enum: SEXES, example: 'female' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ description: 'Age in years (under 18: a child, who always gets child protection)', example: 14 })
  @IsInt()
  @Min(0)
  @Max(120)
  age!: number;

  @ApiPropertyOptional({ type: [String], description: 'Languages spoken (ISO 639 codes)', example: ['bm'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  languages?: string[];

  @ApiProperty({ type: () => [PreviewNeedBody] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NEEDS.length)
  @ValidateNested({ each: true })
  @Type(() => PreviewNeedBody)
  needs!: PreviewNeedBody[];

  @ApiPropertyOptional({ description: 'A version of the rules (default the one in force)', example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  rulesVersion?: number;
}

export class PreviewCandidateDto implements PreviewCandidate {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() type!: string;
}

export class PreviewDecisionDto implements PreviewDecision {
  @ApiProperty({ enum: NEEDS }) need!: Need;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ enum: ['refer', 'noCandidate', 'notReferred'], description: 'What routing would do' }) kind!: 'refer' | 'noCandidate' | 'notReferred';
  @ApiProperty({ type: () => PreviewCandidateDto, nullable: true, description: 'The agency that would receive it' }) agency!: PreviewCandidateDto | null;
  @ApiProperty({ type: () => [PreviewCandidateDto], description: 'The next ones, in order, if it declines (at most 5)' }) next!: PreviewCandidateDto[];
}

export class RoutingPreviewDto implements RoutingPreview {
  @ApiProperty({ description: 'The rules version used' }) rulesVersion!: number;
  @ApiProperty({ type: () => [PreviewDecisionDto] }) decisions!: PreviewDecisionDto[];
}
