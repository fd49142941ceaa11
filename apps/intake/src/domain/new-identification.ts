import { Assessment, ConsentGiver, ExploitationForm, IloIndicator, Need, Sex } from '@relais/contracts';
import { AgeFacts } from './age';
import { ConsentRecord, consentGiverAllowed } from './consent';
import { Exploitation, Identification, IdentityDocument, PersonalDetails, Place, Reporter, Suspect } from './identification';
import { needsFor } from './needs';

/** An identification as submitted, once every field passed its own rule (see the request DTO). */
export interface NewIdentification {
  id?: string;
  identifiedAt: string;
  place: Place;
  person: {
    givenNames: string;
    familyName: string;
    otherNames?: string;
    sex: Sex;
    genderIdentity?: string;
    dateOfBirth?: string;
    estimatedAge?: number;
    presumedMinor?: boolean;
    nationalities: string[];
    languages?: string[];
    phone?: string;
    address?: string;
    identityDocuments?: IdentityDocument[];
    disability?: string;
  };
  exploitation: Omit<Exploitation, 'methodsOfControl'> & { methodsOfControl?: string[] };
  indicators: IloIndicator[];
  assessment: Assessment;
  needs: { need: Need; urgent?: boolean }[];
  consent: { referral: boolean; dataSharing: boolean; givenBy: ConsentGiver; recordedAt: string };
  suspects?: (Suspect & { name?: string })[];
  narrative?: string;
}

/** A rule across fields, reported on the field to correct (dotted path) with a catalogue code. */
export interface RuleViolation {
  path: string;
  code: string;
}

const LABOUR_FORMS: readonly ExploitationForm[] = ['ForcedLabour', 'ChildLabour'];

/** Rules no single field can check. An empty list means the identification may be recorded. */
export function submissionViolations(input: NewIdentification, age: AgeFacts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const identifiedDay = new Date(input.identifiedAt).toISOString().slice(0, 10);
  if (input.person.dateOfBirth !== undefined && input.person.dateOfBirth > identifiedDay) {
    violations.push({ path: 'person.dateOfBirth', code: 'notAfterIdentification' });
  }
  if (input.exploitation.startedAt !== undefined && input.exploitation.startedAt > identifiedDay) {
    violations.push({ path: 'exploitation.startedAt', code: 'notAfterIdentification' });
  }
  if (input.exploitation.forcedLabourSector !== undefined && !input.exploitation.forms.some((f) => LABOUR_FORMS.includes(f))) {
    violations.push({ path: 'exploitation.forcedLabourSector', code: 'requiresLabourForm' });
  }
  if (input.exploitation.sexualExploitationType !== undefined && !input.exploitation.forms.includes('SexualExploitation')) {
    violations.push({ path: 'exploitation.sexualExploitationType', code: 'requiresSexualExploitationForm' });
  }
  if (!consentGiverAllowed(age.isMinor, input.consent.givenBy)) {
    violations.push({ path: 'consent.givenBy', code: 'minorConsentGiver' });
  }
  return violations;
}

export interface RecordingContext {
  id: string;
  victimRef: string;
  reporter: Reporter;
  age: AgeFacts;
  possibleDuplicateOf?: string;
  now: string;
}

/** The record intake keeps, and apart from it the details that go sealed into the vault. */
export function recordIdentification(input: NewIdentification, ctx: RecordingContext): { identification: Identification; personal: PersonalDetails } {
  const { person } = input;
  const suspects = input.suspects ?? [];
  const identification: Identification = {
    id: ctx.id,
    victimRef: ctx.victimRef,
    status: 'recorded',
    version: 1,
    identifiedAt: new Date(input.identifiedAt).toISOString(),
    place: { ...input.place },
    reporter: ctx.reporter,
    sex: person.sex,
    ageGroup: ctx.age.ageGroup,
    isMinor: ctx.age.isMinor,
    nationalities: [...person.nationalities],
    languages: [...(person.languages ?? [])],
    exploitation: { ...input.exploitation, methodsOfControl: [...(input.exploitation.methodsOfControl ?? [])] },
    indicators: [...input.indicators],
    assessment: input.assessment,
    needs: needsFor(input.needs.map((n) => ({ need: n.need, urgent: n.urgent ?? false })), ctx.age.isMinor),
    consent: { referral: input.consent.referral, dataSharing: input.consent.dataSharing, givenBy: input.consent.givenBy, withdrawn: false },
    suspects: suspects.map(({ name: _name, ...coarse }) => coarse),
    ...(ctx.possibleDuplicateOf !== undefined ? { possibleDuplicateOf: ctx.possibleDuplicateOf } : {}),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const personal: PersonalDetails = {
    givenNames: person.givenNames,
    familyName: person.familyName,
    ...optional('otherNames', person.otherNames),
    ...optional('dateOfBirth', person.dateOfBirth),
    ...optional('estimatedAge', person.estimatedAge),
    ...optional('presumedMinor', person.presumedMinor),
    ...optional('genderIdentity', person.genderIdentity),
    ...optional('phone', person.phone),
    ...optional('address', person.address),
    ...optional('identityDocuments', person.identityDocuments?.map((d) => ({ type: d.type, number: d.number, issuingCountry: d.issuingCountry }))),
    ...optional('disability', person.disability),
    ...optional('narrative', input.narrative),
    suspectNames: suspects.map((s) => s.name ?? null),
  };
  return { identification, personal };
}

/** The consent given at identification, as the first two records of its history. */
export function initialConsentRecords(input: NewIdentification): Omit<ConsentRecord, 'seq'>[] {
  const { referral, dataSharing, givenBy, recordedAt } = input.consent;
  const at = new Date(recordedAt).toISOString();
  return [
    { purpose: 'referral', givenBy, given: referral, withdrawn: false, recordedAt: at },
    { purpose: 'dataSharing', givenBy, given: dataSharing, withdrawn: false, recordedAt: at },
  ];
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
