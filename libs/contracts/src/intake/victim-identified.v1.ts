import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { CONSENT, FieldGroup, Fields, PLACE } from '../field-groups';
import { Topics } from '../topics';
import { IsCode, IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import {
  AGE_BANDS, AgeBand, ASSESSMENTS, Assessment, ConsentGiver, EXPLOITATION_FORMS, ExploitationForm, INSTITUTIONS, Institution,
  NEEDS, Need, Region, SEXES, Sex,
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
  @Fields(CONSENT)
  referral!: boolean;
  dataSharing!: boolean;
  givenBy!: ConsentGiver;
}

/** What the person went through and needs, as identified and as corrected since (intake.identification-corrected.v1). */
export const EXPLOITATION = {
  forms: () => [IsArray(), ArrayMinSize(1), IsIn(EXPLOITATION_FORMS, { each: true })],
  methodsOfControl: () => [IsArray(), IsCode('methodsOfControl', { each: true })],
  needs: () => [IsArray(), ValidateNested({ each: true }), Type(() => IdentifiedNeedV1)],
} satisfies FieldGroup;

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

  @Fields(PLACE)
  region!: Region;
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

  @Fields(EXPLOITATION)
  forms!: ExploitationForm[];
  methodsOfControl!: string[];
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
