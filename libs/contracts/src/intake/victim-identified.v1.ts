import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsCode, IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import {
  AGE_BANDS, AgeBand, ASSESSMENTS, Assessment, CONSENT_GIVERS, ConsentGiver, EXPLOITATION_FORMS, ExploitationForm,
  INSTITUTIONS, Institution, NEEDS, Need, REGIONS, Region, SEXES, Sex,
} from '../vocabulary';

export class IdentifiedNeedV1 {
  @IsIn(NEEDS)
  need!: Need;

  @IsBoolean()
  urgent!: boolean;

  /** Whether the recorded consent allows referring this need (a child's child-protection need always is). */
  @IsBoolean()
  referralConsented!: boolean;
}

export class ConsentSummaryV1 {
  @IsBoolean()
  referral!: boolean;

  @IsBoolean()
  dataSharing!: boolean;

  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;
}

/**
 * A presumed victim was identified by a first responder. Carries only the pseudonymous
 * `victimRef` and coarse attributes: never a name, a birth date, a phone number or a narrative.
 */
export class VictimIdentifiedV1 {
  @IsUuidField()
  identificationId!: string;

  @IsVictimRef()
  victimRef!: string;

  @IsDateTime()
  identifiedAt!: string;

  @IsIn(REGIONS)
  region!: Region;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  cercle?: string;

  @IsIn(INSTITUTIONS)
  institution!: Institution;

  @IsString()
  @MaxLength(100)
  unitId!: string;

  @IsIn(SEXES)
  sex!: Sex;

  @IsIn(AGE_BANDS)
  ageGroup!: AgeBand;

  @IsBoolean()
  isMinor!: boolean;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsCode('countries', { each: true })
  nationalities!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsCode('languages', { each: true })
  languages?: string[];

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(EXPLOITATION_FORMS, { each: true })
  forms!: ExploitationForm[];

  @IsArray()
  @IsCode('methodsOfControl', { each: true })
  methodsOfControl!: string[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IdentifiedNeedV1)
  needs!: IdentifiedNeedV1[];

  @ValidateNested()
  @Type(() => ConsentSummaryV1)
  consent!: ConsentSummaryV1;

  @IsIn(ASSESSMENTS)
  assessment!: Assessment;

  @IsInt()
  @Min(0)
  suspectsCount!: number;

  @IsOptional()
  @IsUuidField()
  possibleDuplicateOf?: string;
}

export const VictimIdentified = defineEvent<VictimIdentifiedV1>({
  type: 'intake.victim-identified.v1',
  topic: Topics.IntakeIdentifications,
  source: 'intake',
  dataClass: VictimIdentifiedV1,
  description: 'A first responder identified a presumed victim of trafficking (pseudonymous, coarse attributes only).',
  keyOf: (d) => d.victimRef,
  subjectOf: (d) => d.identificationId,
});
