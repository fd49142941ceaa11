import { Type } from 'class-transformer';
import { IsBoolean, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition';
import { CONSENT, Fields } from '../field-groups';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField, IsVictimRef } from '../validators';
import { ConsentGiver } from '../vocabulary';

export class ConsentStateV1 {
  @Fields(CONSENT)
  referral!: boolean;
  dataSharing!: boolean;
  givenBy!: ConsentGiver;

  /** True when the person (or guardian) withdrew consent previously given. */
  @IsBoolean()
  withdrawn!: boolean;
}

export class ConsentChangedV1 {
  @IsUuidField()
  identificationId!: string;

  @IsVictimRef()
  victimRef!: string;

  @IsDateTime()
  changedAt!: string;

  @ValidateNested()
  @Type(() => ConsentStateV1)
  consent!: ConsentStateV1;
}

export const ConsentChanged = defineEvent<ConsentChangedV1>({
  type: 'intake.consent-changed.v1',
  topic: Topics.IntakeIdentifications,
  source: 'intake',
  dataClass: ConsentChangedV1,
  description: 'The consent recorded for a person changed (including withdrawal).',
  keyOf: (d) => d.victimRef,
  subjectOf: (d) => d.identificationId,
});
