import { AgeBand, Institution, Region } from '@relais/contracts';
import { Identification, Place } from '../domain/identification';

/** The columns that hold a field of the record as it is, under the same name. */
type SameAsRecord = 'id' | 'status' | 'version' | 'sex' | 'nationalities' | 'languages' | 'exploitation' | 'indicators' | 'assessment' | 'needs' | 'consent' | 'suspects';

/** One row of `identifications` as pg returns it. */
export interface IdentificationRow extends Pick<Identification, SameAsRecord> {
  victim_ref: string;
  identified_at: Date;
  region: Region;
  cercle: string | null;
  place_detail: Omit<Place, 'region' | 'cercle'>;
  institution: Institution;
  unit_id: string;
  officer_id: string;
  age_group: AgeBand;
  is_minor: boolean;
  possible_duplicate_of: string | null;
  personal_data: Buffer;
  created_at: Date;
  updated_at: Date;
  erased_at: Date | null;
}

/** Everything but the sealed personal data, which lists never need. */
export const SUMMARY_COLUMNS = `i.id, i.victim_ref, i.status, i.version, i.identified_at, i.region, i.cercle, i.place_detail,
  i.institution, i.unit_id, i.officer_id, i.sex, i.age_group, i.is_minor, i.nationalities, i.languages, i.exploitation,
  i.indicators, i.assessment, i.needs, i.consent, i.suspects, i.possible_duplicate_of, i.created_at, i.updated_at, i.erased_at`;

export const IDENTIFICATION_COLUMNS = `${SUMMARY_COLUMNS}, i.personal_data`;

export function toIdentification(row: IdentificationRow): Identification {
  return {
    id: row.id,
    victimRef: row.victim_ref,
    status: row.status,
    version: row.version,
    identifiedAt: row.identified_at.toISOString(),
    place: { region: row.region, ...(row.cercle !== null ? { cercle: row.cercle } : {}), ...row.place_detail },
    reporter: { institution: row.institution, unitId: row.unit_id, officerId: row.officer_id },
    sex: row.sex,
    ageGroup: row.age_group,
    isMinor: row.is_minor,
    nationalities: row.nationalities,
    languages: row.languages,
    exploitation: row.exploitation,
    indicators: row.indicators,
    assessment: row.assessment,
    needs: row.needs,
    consent: row.consent,
    suspects: row.suspects,
    ...(row.possible_duplicate_of !== null ? { possibleDuplicateOf: row.possible_duplicate_of } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...(row.erased_at !== null ? { erasedAt: row.erased_at.toISOString() } : {}),
  };
}

/** The place's details beyond region and cercle, which have columns of their own. */
export function placeDetail(place: Place): Omit<Place, 'region' | 'cercle'> {
  const { region: _region, cercle: _cercle, ...detail } = place;
  return detail;
}
