import { ArrayMinSize, IsArray } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { IsDateTime, IsUuidField, IsVictimRef } from '../validators';

/** The person's data key was destroyed: every copy of their details is now unreadable. */
export class PersonalDataErasedV1 {
  @IsVictimRef()
  victimRef!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsUuidField({ each: true })
  identificationIds!: string[];

  @IsDateTime()
  erasedAt!: string;
}

export const PersonalDataErased = defineEvent<PersonalDataErasedV1>({
  type: 'intake.personal-data-erased.v1',
  topic: Topics.IntakeIdentifications,
  source: 'intake',
  dataClass: PersonalDataErasedV1,
  description: "A person's personal data was erased by crypto-shredding; statistics stay, referrals close.",
  keyOf: (d) => d.victimRef,
  subjectOf: (d) => d.victimRef,
});
