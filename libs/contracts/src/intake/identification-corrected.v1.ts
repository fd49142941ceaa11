import { ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Fields, PLACE } from '../field-groups';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import { ASSESSMENTS, Assessment, ExploitationForm, Region } from '../vocabulary';
import { EXPLOITATION, IdentifiedNeedV1 } from './victim-identified.v1';

export const CORRECTABLE_FIELDS = ['region', 'cercle', 'forms', 'methodsOfControl', 'needs', 'assessment'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * Non-identifying fields of an identification were corrected. Carries the full corrected state of
 * those fields (not a diff), so a consumer that missed an earlier correction still ends up right.
 */
export class IdentificationCorrectedV1 {
  @IsUuidField()
  identificationId!: string;

  @IsVictimRef()
  victimRef!: string;

  @IsDateTime()
  correctedAt!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(CORRECTABLE_FIELDS, { each: true })
  changedFields!: CorrectableField[];

  @Fields(PLACE)
  region!: Region;
  cercle?: string;

  @Fields(EXPLOITATION)
  forms!: ExploitationForm[];
  methodsOfControl!: string[];
  needs!: IdentifiedNeedV1[];

  @IsIn(ASSESSMENTS)
  assessment!: Assessment;
}

export const IdentificationCorrected = defineEvent<IdentificationCorrectedV1>({
  type: 'intake.identification-corrected.v1',
  topic: Topics.IntakeIdentifications,
  source: 'intake',
  dataClass: IdentificationCorrectedV1,
  description: 'Non-identifying fields of an identification (place, forms, needs, assessment) were corrected.',
  keyOf: (d) => d.victimRef,
  subjectOf: (d) => d.identificationId,
});
