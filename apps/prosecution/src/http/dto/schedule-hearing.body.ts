import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEARING_KINDS, HearingKind, IsDateTime } from '@relais/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ScheduleHearingBody {
  @ApiProperty({ description: 'Date and time of the hearing (ISO 8601)', example: '2027-01-15T09:00:00Z' })
  @IsDateTime()
  at!: string;

  @ApiProperty({ enum: HEARING_KINDS, example: 'trial' })
  @IsIn(HEARING_KINDS)
  kind!: HearingKind;

  @ApiPropertyOptional({ description: "Court and chamber; default the court of the case's office", example: 'Tribunal de grande instance de Mopti, chambre correctionnelle', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  court?: string;
}
