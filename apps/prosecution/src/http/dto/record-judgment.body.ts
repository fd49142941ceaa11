import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, IsUuidField, JUDGMENT_OUTCOMES, JudgmentOutcome } from '@relais/contracts';
import { NotInFuture } from '@relais/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Instance } from '../../domain/judgment';

/** Largest amount accepted, in FCFA: far above any fine, far below the precision limit of JSON numbers. */
const MAX_FCFA = 1_000_000_000_000;

export class VerdictBody {
  @ApiProperty({ description: 'A defendant of this case', example: '01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f7' })
  @IsUuidField()
  defendantId!: string;

  @ApiProperty({ enum: JUDGMENT_OUTCOMES, example: 'convicted' })
  @IsIn(JUDGMENT_OUTCOMES)
  outcome!: JudgmentOutcome;

  @ApiPropertyOptional({ description: 'Convicted: the charge ids the conviction is on (default all the defendant\'s charges). Not for an acquittal.', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsUuidField({ each: true })
  convictedOf?: string[];

  @ApiPropertyOptional({ description: 'Months of imprisonment (convicted only)', example: 84, minimum: 0, maximum: 1200 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  sentenceMonths?: number;

  @ApiPropertyOptional({ description: 'Fine in FCFA (convicted only)', example: 1000000, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FCFA)
  fineFcfa?: number;

  @ApiPropertyOptional({ description: 'Compensation awarded to the victims, in FCFA', example: 2500000, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FCFA)
  compensationFcfa?: number;
}

export class RecordJudgmentBody {
  @ApiProperty({ enum: ['first', 'appeal'], description: 'first: during or after the trial; appeal: during the appeal', example: 'first' })
  @IsIn(['first', 'appeal'])
  instance!: Instance;

  @ApiProperty({ description: 'When the judgment was rendered (ISO 8601)', example: '2027-02-10T15:00:00Z' })
  @IsDateTime()
  @NotInFuture()
  renderedAt!: string;

  @ApiPropertyOptional({ description: "Court; default the court of the case's office", maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  court?: string;

  @ApiPropertyOptional({ description: 'Reference of the judgment', example: 'Jugement n° 2027/045', maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decisionRef?: string;

  @ApiProperty({ type: [VerdictBody], description: 'One verdict per defendant judged' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => VerdictBody)
  verdicts!: VerdictBody[];
}
