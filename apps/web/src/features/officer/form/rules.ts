import { z } from 'zod/mini';
import type { IdentificationValues } from './values';
import { localDateTime, withOffset } from './values';
import { codes, type ListName } from './vocabulary';

/**
 * The rules of intake's request (apps/intake/src/http/dto/*.ts and the cross-field rules of
 * domain/new-identification.ts), checked on the device so an officer offline learns of a mistake
 * while the person is still there. Messages are catalogue keys (`officer.rules.*`).
 */
export const NARRATIVE_MAX_LENGTH = 20_000;
export const AGE_OF_MAJORITY = 18;
const LABOUR_FORMS = ['ForcedLabour', 'ChildLabour'];

const m = (key: string) => `officer.rules.${key}`;
const PLACE_NAME = /^[\p{L}][\p{L}\p{M} '’.-]*$/u;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Malian numbers are 8 digits; international ones start with +. libphonenumber on the server has the last word. */
const PHONE = /^(\+\d[\d ]{6,18}\d|\d{2}( ?\d{2}){3})$/;

const inList = (name: ListName) => {
  const allowed = new Set(codes(name));
  return z.string().check(z.refine((v) => allowed.has(v), m('choose')));
};
const optionalIn = (name: ListName) => {
  const allowed = new Set(codes(name));
  return z.string().check(z.refine((v) => v === '' || allowed.has(v), m('choose')));
};
const text = (max: number, required = false) =>
  z.string().check(z.maxLength(max, m('tooLong')), z.refine((v) => (required ? /\S/.test(v) : v === '' || /\S/.test(v)), required ? m('required') : m('notBlank')));
const placeName = z.string().check(z.maxLength(100, m('tooLong')), z.refine((v) => v === '' || PLACE_NAME.test(v.trim()), m('placeName')));
const coordinate = (limit: number) =>
  z.string().check(z.refine((v) => v.trim() === '' || (Number.isFinite(Number(v)) && Math.abs(Number(v)) <= limit), m('coordinate')));

export function isCalendarDate(v: string): boolean {
  if (!CALENDAR_DATE.test(v)) return false;
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}

const dateTime = z.string().check(
  z.refine((v) => v !== '', m('required')),
  z.refine((v) => v === '' || !Number.isNaN(Date.parse(withOffset(v))), m('dateTime')),
  z.refine((v) => Number.isNaN(Date.parse(withOffset(v))) || Date.parse(withOffset(v)) <= Date.now() + 60_000, m('notInFuture')),
);
const optionalDay = z.string().check(z.refine((v) => v === '' || isCalendarDate(v), m('date')));

/** Whole years between a birth date and the identification, as intake counts them. */
export function ageInYears(dateOfBirth: string, identifiedAt: string): number | undefined {
  if (!isCalendarDate(dateOfBirth)) return undefined;
  const at = new Date(withOffset(identifiedAt));
  if (Number.isNaN(at.getTime())) return undefined;
  const [y, mo, d] = dateOfBirth.split('-').map(Number);
  let age = at.getUTCFullYear() - y;
  if (at.getUTCMonth() + 1 < mo || (at.getUTCMonth() + 1 === mo && at.getUTCDate() < d)) age -= 1;
  return age;
}

/** Intake's rule (domain/age.ts): a child by the stated age, or presumed one by the officer whatever the stated age. */
export function isMinor(values: Pick<IdentificationValues, 'identifiedAt' | 'person'>): boolean {
  const { person } = values;
  if (person.presumedMinor) return true;
  const age =
    person.ageMode === 'dateOfBirth' ? ageInYears(person.dateOfBirth, values.identifiedAt)
    : person.ageMode === 'estimatedAge' && person.estimatedAge.trim() !== '' ? Number(person.estimatedAge)
    : undefined;
  return age !== undefined && Number.isFinite(age) && age < AGE_OF_MAJORITY;
}

const unique = (list: string[]) => new Set(list).size === list.length;

/** Parts the correction form (PATCH) shares with the new identification. */
export const placeSchema = z.object({
  region: inList('regions'),
  cercle: placeName,
  commune: placeName,
  locality: text(200),
  latitude: coordinate(90),
  longitude: coordinate(180),
});
export const formsSchema = z.array(inList('exploitationForms')).check(z.minLength(1, m('form')), z.refine(unique, m('unique')));
export const methodsSchema = z.array(inList('methodsOfControl')).check(z.refine(unique, m('unique')));
export const needsSchema = z.array(z.object({ need: inList('needs'), urgent: z.boolean() })).check(z.refine((n) => unique(n.map((e) => e.need)), m('unique')));
export const assessmentSchema = inList('assessments');

export const identificationSchema = z
  .object({
    identifiedAt: dateTime,
    place: placeSchema,
    person: z.object({
      givenNames: text(200, true),
      familyName: text(200, true),
      otherNames: text(200),
      sex: inList('sexes'),
      genderIdentity: optionalIn('genderIdentities'),
      ageMode: z.enum(['dateOfBirth', 'estimatedAge', 'unknown']),
      dateOfBirth: optionalDay,
      estimatedAge: z.string().check(z.refine((v) => v.trim() === '' || (/^\d{1,3}$/.test(v.trim()) && Number(v) <= 120), m('estimatedAge'))),
      presumedMinor: z.boolean(),
      nationalities: z.array(inList('countries')).check(z.minLength(1, m('nationality')), z.maxLength(10, m('tooMany')), z.refine(unique, m('unique'))),
      languages: z.array(inList('languages')).check(z.maxLength(10, m('tooMany')), z.refine(unique, m('unique'))),
      phone: z.string().check(z.maxLength(30, m('tooLong')), z.refine((v) => v.trim() === '' || PHONE.test(v.trim()), m('phone'))),
      address: text(500),
      identityDocuments: z
        .array(z.object({ type: inList('identityDocumentTypes'), number: text(50, true), issuingCountry: inList('countries') }))
        .check(z.maxLength(10, m('tooMany'))),
      disability: text(500),
    }),
    exploitation: z.object({
      forms: formsSchema,
      forcedLabourSector: optionalIn('forcedLabourSectors'),
      sexualExploitationType: optionalIn('sexualExploitationTypes'),
      methodsOfControl: methodsSchema,
      recruitmentMethod: optionalIn('recruitmentMethods'),
      relationshipToTrafficker: optionalIn('relationships'),
      countryOfRecruitment: optionalIn('countries'),
      countryOfExploitation: optionalIn('countries'),
      startedAt: optionalDay,
    }),
    suspects: z
      .array(
        z.object({
          role: optionalIn('perpetratorRoles'),
          sex: optionalIn('sexes'),
          nationality: optionalIn('countries'),
          relationshipToVictim: optionalIn('relationships'),
          name: text(200),
        }),
      )
      .check(z.maxLength(50, m('tooMany'))),
    indicators: z.array(inList('iloIndicators')).check(z.refine(unique, m('unique'))),
    assessment: assessmentSchema,
    needs: needsSchema,
    consent: z.object({ referral: z.boolean(), dataSharing: z.boolean(), givenBy: z.string().check(z.refine((v) => ['victim', 'guardian', 'notApplicable'].includes(v), m('choose'))), recordedAt: dateTime }),
    narrative: z.string().check(z.maxLength(NARRATIVE_MAX_LENGTH, m('tooLong'))),
  })
  .check(z.superRefine((v, ctx) => {
    const issue = (path: (string | number)[], key: string) => ctx.addIssue({ code: 'custom', path, message: m(key) });
    const day = v.identifiedAt.slice(0, 10);
    const { person, exploitation, place } = v;
    if (person.ageMode === 'dateOfBirth' && person.dateOfBirth === '') issue(['person', 'dateOfBirth'], 'required');
    if (person.ageMode === 'estimatedAge' && person.estimatedAge.trim() === '') issue(['person', 'estimatedAge'], 'required');
    if (person.dateOfBirth !== '' && person.dateOfBirth > day) issue(['person', 'dateOfBirth'], 'notAfterIdentification');
    if (exploitation.startedAt !== '' && exploitation.startedAt > day) issue(['exploitation', 'startedAt'], 'notAfterIdentification');
    if (exploitation.forcedLabourSector !== '' && !exploitation.forms.some((f) => LABOUR_FORMS.includes(f))) {
      issue(['exploitation', 'forcedLabourSector'], 'requiresLabourForm');
    }
    if (exploitation.sexualExploitationType !== '' && !exploitation.forms.includes('SexualExploitation')) {
      issue(['exploitation', 'sexualExploitationType'], 'requiresSexualExploitationForm');
    }
    if ((place.latitude.trim() === '') !== (place.longitude.trim() === '')) {
      issue(['place', place.latitude.trim() === '' ? 'latitude' : 'longitude'], 'bothCoordinates');
    }
    if (isMinor(v) && v.consent.givenBy === 'victim') issue(['consent', 'givenBy'], 'minorConsentGiver');
  }));

type Body = Record<string, unknown>;

/** Drops empty text and lists so that an optional field left blank is absent, as the API wants. */
function compact(record: Record<string, unknown>): Body {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0)).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  );
}

/** The body of `POST /identifications` from checked form values (the id is added by the outbox). */
export function toRequestBody(v: IdentificationValues): Body {
  const { ageMode, dateOfBirth, estimatedAge, presumedMinor, identityDocuments, ...person } = v.person;
  const { latitude, longitude, ...place } = v.place;
  const suspects = v.suspects.map((s) => compact({ ...s })).filter((s) => Object.keys(s).length > 0);
  return {
    identifiedAt: withOffset(v.identifiedAt),
    place: compact({ ...place, ...(latitude.trim() !== '' ? { latitude: Number(latitude), longitude: Number(longitude) } : {}) }),
    person: compact({
      ...person,
      ...(ageMode === 'dateOfBirth' ? { dateOfBirth } : {}),
      ...(ageMode === 'estimatedAge' ? { estimatedAge: Number(estimatedAge) } : {}),
      ...(presumedMinor ? { presumedMinor: true } : {}),
      identityDocuments: identityDocuments.map((d) => compact({ ...d })),
    }),
    exploitation: compact({ ...v.exploitation }),
    // Required even when empty: "no indicator observed" and "no need" are answers.
    indicators: v.indicators,
    assessment: v.assessment,
    needs: v.needs,
    consent: { ...v.consent, recordedAt: withOffset(v.consent.recordedAt) },
    ...(suspects.length ? { suspects } : {}),
    ...(v.narrative.trim() !== '' ? { narrative: v.narrative } : {}),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const local = (iso: unknown): string => {
  const date = new Date(str(iso));
  return Number.isNaN(date.getTime()) ? '' : localDateTime(date);
};

/** Back from a request body to form values: an item the server refused is corrected in the same form. */
export function fromRequestBody(body: Body): IdentificationValues {
  const place = obj(body.place);
  const person = obj(body.person);
  const exploitation = obj(body.exploitation);
  const consent = obj(body.consent);
  const ageMode = person.dateOfBirth !== undefined ? 'dateOfBirth' : person.estimatedAge !== undefined ? 'estimatedAge' : 'unknown';
  return {
    identifiedAt: local(body.identifiedAt),
    place: { region: str(place.region), cercle: str(place.cercle), commune: str(place.commune), locality: str(place.locality), latitude: str(place.latitude), longitude: str(place.longitude) },
    person: {
      givenNames: str(person.givenNames), familyName: str(person.familyName), otherNames: str(person.otherNames), sex: str(person.sex),
      genderIdentity: str(person.genderIdentity), ageMode, dateOfBirth: str(person.dateOfBirth), estimatedAge: str(person.estimatedAge),
      presumedMinor: person.presumedMinor === true, nationalities: list(person.nationalities), languages: list(person.languages),
      phone: str(person.phone), address: str(person.address), disability: str(person.disability),
      identityDocuments: (Array.isArray(person.identityDocuments) ? person.identityDocuments : []).map((d) => ({ type: str(obj(d).type), number: str(obj(d).number), issuingCountry: str(obj(d).issuingCountry) })),
    },
    exploitation: {
      forms: list(exploitation.forms), forcedLabourSector: str(exploitation.forcedLabourSector), sexualExploitationType: str(exploitation.sexualExploitationType),
      methodsOfControl: list(exploitation.methodsOfControl), recruitmentMethod: str(exploitation.recruitmentMethod),
      relationshipToTrafficker: str(exploitation.relationshipToTrafficker), countryOfRecruitment: str(exploitation.countryOfRecruitment),
      countryOfExploitation: str(exploitation.countryOfExploitation), startedAt: str(exploitation.startedAt),
    },
    suspects: (Array.isArray(body.suspects) ? body.suspects : []).map((s) => ({ role: str(obj(s).role), sex: str(obj(s).sex), nationality: str(obj(s).nationality), relationshipToVictim: str(obj(s).relationshipToVictim), name: str(obj(s).name) })),
    indicators: list(body.indicators),
    assessment: str(body.assessment),
    needs: (Array.isArray(body.needs) ? body.needs : []).map((n) => ({ need: str(obj(n).need), urgent: obj(n).urgent === true })),
    consent: { referral: consent.referral === true, dataSharing: consent.dataSharing === true, givenBy: str(consent.givenBy), recordedAt: local(consent.recordedAt) },
    narrative: str(body.narrative),
  };
}
