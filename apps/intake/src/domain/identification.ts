import {
  AgeBand, Assessment, ConsentGiver, ExploitationForm, IloIndicator, Institution, Need, Region, Sex, VictimIdentifiedV1,
} from '@relais/contracts';

export const IDENTIFICATION_STATUSES = ['recorded', 'personalDataErased'] as const;
export type IdentificationStatus = (typeof IDENTIFICATION_STATUSES)[number];

export interface IdentityDocument {
  type: string;
  number: string;
  issuingCountry: string;
}

/**
 * Everything that identifies the person or a suspect. Never stored or sent in clear: it exists only
 * sealed in the vault under the person's data key, and is shredded with it.
 */
export interface PersonalDetails {
  givenNames: string;
  familyName: string;
  otherNames?: string;
  dateOfBirth?: string;
  estimatedAge?: number;
  /** The officer presumed a child (age unknown or doubtful): why isMinor may hold against a stated age. */
  presumedMinor?: boolean;
  genderIdentity?: string;
  phone?: string;
  address?: string;
  identityDocuments?: IdentityDocument[];
  disability?: string;
  narrative?: string;
  /** Suspects' names, by the suspect's position in `suspects` (null when not given). */
  suspectNames: (string | null)[];
}

/** Where the person was identified. Not identifying (a place, not an address): corrections may change it. */
export interface Place {
  region: Region;
  cercle?: string;
  commune?: string;
  locality?: string;
  latitude?: number;
  longitude?: number;
}

export interface Exploitation {
  forms: ExploitationForm[];
  methodsOfControl: string[];
  forcedLabourSector?: string;
  sexualExploitationType?: string;
  recruitmentMethod?: string;
  relationshipToTrafficker?: string;
  countryOfRecruitment?: string;
  countryOfExploitation?: string;
  startedAt?: string;
}

export interface NeedEntry {
  need: Need;
  urgent: boolean;
}

/** The consent in force, derived from the consent records (see consent.ts). */
export interface ConsentState {
  referral: boolean;
  dataSharing: boolean;
  givenBy: ConsentGiver;
  withdrawn: boolean;
}

/** What may be said of a suspect outside the vault: no name. */
export interface Suspect {
  role?: string;
  sex?: Sex;
  nationality?: string;
  relationshipToVictim?: string;
}

/** The reporting officer, unit and institution: always from the token, never from the body. */
export interface Reporter {
  institution: Institution;
  unitId: string;
  officerId: string;
}

/** An identification as intake keeps it, personal details apart (sealed). */
export interface Identification {
  id: string;
  victimRef: string;
  status: IdentificationStatus;
  version: number;
  identifiedAt: string;
  place: Place;
  reporter: Reporter;
  sex: Sex;
  ageGroup: AgeBand;
  isMinor: boolean;
  nationalities: string[];
  languages: string[];
  exploitation: Exploitation;
  indicators: IloIndicator[];
  assessment: Assessment;
  needs: NeedEntry[];
  consent: ConsentState;
  suspects: Suspect[];
  possibleDuplicateOf?: string;
  createdAt: string;
  updatedAt: string;
  erasedAt?: string;
}

/** What the other services and every reader of an identification learn of where it was made, by whom and of whom. */
export type CoarseAttributes = Pick<VictimIdentifiedV1, 'region' | 'cercle' | 'institution' | 'unitId' | 'sex' | 'ageGroup' | 'isMinor'>;

/** Field by field (never by spreading the record), so nothing the record gains later slips out. */
export function coarseAttributes(i: Identification): CoarseAttributes {
  return {
    region: i.place.region,
    ...(i.place.cercle !== undefined ? { cercle: i.place.cercle } : {}),
    institution: i.reporter.institution,
    unitId: i.reporter.unitId,
    sex: i.sex,
    ageGroup: i.ageGroup,
    isMinor: i.isMinor,
  };
}

/** The fields a correction may change, and nothing that identifies anyone. */
export interface CorrectableState {
  place: Place;
  forms: ExploitationForm[];
  methodsOfControl: string[];
  needs: NeedEntry[];
  assessment: Assessment;
}
