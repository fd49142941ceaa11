import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCode, IsUuidField } from './validators';
import { CONSENT_GIVERS, REGIONS, SEXES } from './vocabulary';

/**
 * Groups of fields that several events carry alike, each rule written once. A group is placed by
 * `@Fields(GROUP)` on its first field, with its other fields declared right below, undecorated:
 * the rules go to the class in the group's order, which is the order the event's JSON schema
 * lists them in (docs/asyncapi.yaml), exactly as if each class had decorated them itself. The
 * compiler holds the class to declaring every field of the group.
 *
 * Why not a base class: class-validator-jsonschema lists a class's own fields before inherited
 * ones, and these groups stand first or in the middle of their events.
 */
export type FieldGroup = Readonly<Record<string, () => PropertyDecorator[]>>;

export function Fields<G extends FieldGroup>(
  group: G,
): <T extends object>(target: T & Record<Exclude<keyof G, keyof T>, never>, key: keyof G & string) => void {
  const [first] = Object.keys(group);
  return (target, key) => {
    if (key !== first) throw new Error(`@Fields goes on the group's first field, ${first}, not on ${key}`);
    for (const [field, rules] of Object.entries(group)) {
      // Decorators written above a field apply from the bottom up: so do these.
      for (const rule of rules().reverse()) rule(target, field);
    }
  };
}

/** Consent as intake recorded it: what it allows and who gave it. */
export const CONSENT = {
  referral: () => [IsBoolean()],
  dataSharing: () => [IsBoolean()],
  givenBy: () => [IsIn(CONSENT_GIVERS)],
} satisfies FieldGroup;

/** Where a person was identified: the region, and the cercle within it when known. */
export const PLACE = {
  region: () => [IsIn(REGIONS)],
  cercle: () => [IsOptional(), IsString(), MaxLength(100)],
} satisfies FieldGroup;

/** A defendant as the events name one: an id, sex and nationality, never an identity. */
export const DEFENDANT = {
  defendantId: () => [IsUuidField()],
  sex: () => [IsIn(SEXES)],
  nationality: () => [IsOptional(), IsCode('countries')],
} satisfies FieldGroup;
