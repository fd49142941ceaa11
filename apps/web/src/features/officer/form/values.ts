/**
 * What the form holds while the officer types: the API body's shape and field names (so the
 * server's error paths land on the same inputs), with text where the inputs give text.
 */
export type AgeMode = 'dateOfBirth' | 'estimatedAge' | 'unknown';

export interface IdentityDocumentValues {
  type: string;
  number: string;
  issuingCountry: string;
}

export interface SuspectValues {
  role: string;
  sex: string;
  nationality: string;
  relationshipToVictim: string;
  name: string;
}

export interface NeedValues {
  need: string;
  urgent: boolean;
}

export interface IdentificationValues {
  /** `datetime-local` text, in the device's time zone. */
  identifiedAt: string;
  place: { region: string; cercle: string; commune: string; locality: string; latitude: string; longitude: string };
  person: {
    givenNames: string;
    familyName: string;
    otherNames: string;
    sex: string;
    genderIdentity: string;
    ageMode: AgeMode;
    dateOfBirth: string;
    estimatedAge: string;
    presumedMinor: boolean;
    nationalities: string[];
    languages: string[];
    phone: string;
    address: string;
    identityDocuments: IdentityDocumentValues[];
    disability: string;
  };
  exploitation: {
    forms: string[];
    forcedLabourSector: string;
    sexualExploitationType: string;
    methodsOfControl: string[];
    recruitmentMethod: string;
    relationshipToTrafficker: string;
    countryOfRecruitment: string;
    countryOfExploitation: string;
    startedAt: string;
  };
  suspects: SuspectValues[];
  indicators: string[];
  assessment: string;
  needs: NeedValues[];
  consent: { referral: boolean; dataSharing: boolean; givenBy: string; recordedAt: string };
  narrative: string;
}

/** `2026-12-07T10:30` for a `datetime-local` input, in the device's time zone. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * `2026-12-07T10:30` read in the device's time zone, written with its offset, as intake requires
 * (a station's local time without one is ambiguous).
 */
export function withOffset(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = local.length > 16 ? '' : ':00';
  return `${local}${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function emptyIdentification(now: Date): IdentificationValues {
  const at = localDateTime(now);
  return {
    identifiedAt: at,
    place: { region: '', cercle: '', commune: '', locality: '', latitude: '', longitude: '' },
    person: {
      givenNames: '', familyName: '', otherNames: '', sex: '', genderIdentity: '', ageMode: 'estimatedAge', dateOfBirth: '', estimatedAge: '',
      presumedMinor: false, nationalities: ['ML'], languages: [], phone: '', address: '', identityDocuments: [], disability: '',
    },
    exploitation: {
      forms: [], forcedLabourSector: '', sexualExploitationType: '', methodsOfControl: [], recruitmentMethod: '', relationshipToTrafficker: '',
      countryOfRecruitment: '', countryOfExploitation: '', startedAt: '',
    },
    suspects: [],
    indicators: [],
    assessment: '',
    needs: [],
    consent: { referral: false, dataSharing: false, givenBy: '', recordedAt: at },
    narrative: '',
  };
}
