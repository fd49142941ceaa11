import ageBandsFile from '../../data/vocabularies/age-bands.json';
import assessmentsFile from '../../data/vocabularies/assessments.json';
import countriesFile from '../../data/vocabularies/countries.json';
import exploitationFormsFile from '../../data/vocabularies/exploitation-forms.json';
import forcedLabourSectorsFile from '../../data/vocabularies/forced-labour-sectors.json';
import genderIdentitiesFile from '../../data/vocabularies/gender-identities.json';
import institutionsFile from '../../data/vocabularies/identifying-institutions.json';
import iloIndicatorsFile from '../../data/vocabularies/ilo-indicators.json';
import languagesFile from '../../data/vocabularies/languages.json';
import methodsOfControlFile from '../../data/vocabularies/methods-of-control.json';
import needsFile from '../../data/vocabularies/needs.json';
import offencesFile from '../../data/vocabularies/offences.json';
import organisationTypesFile from '../../data/vocabularies/organisation-types.json';
import perpetratorRolesFile from '../../data/vocabularies/perpetrator-roles.json';
import recruitmentMethodsFile from '../../data/vocabularies/recruitment-methods.json';
import regionsFile from '../../data/vocabularies/regions.json';
import relationshipsFile from '../../data/vocabularies/relationships-to-trafficker.json';
import sexesFile from '../../data/vocabularies/sexes.json';
import sexualExploitationTypesFile from '../../data/vocabularies/sexual-exploitation-types.json';
import { Vocabulary, VocabularyEntry } from './vocabulary';

export * from './vocabulary';
export * from './codes';
export * from './age';

export interface ExploitationFormEntry extends VocabularyEntry {
  htcds: string;
  glotip: string | null;
  ctdc: string | null;
  extension: boolean;
}
export interface AgeBandEntry extends VocabularyEntry {
  min: number | null;
  max: number | null;
  minor: boolean | null;
}
export interface RegionEntry extends VocabularyEntry {
  capital: string;
}
export interface OffenceEntry extends VocabularyEntry {
  law: string;
  iccs: string;
  trafficking: boolean;
}
export interface MappedEntry extends VocabularyEntry {
  htcds: string | boolean;
}

/** Every reference list Relais validates against, each from its versioned data file. */
export const Vocabularies = {
  regions: new Vocabulary<RegionEntry>(regionsFile),
  countries: new Vocabulary(countriesFile),
  languages: new Vocabulary(languagesFile),
  sexes: new Vocabulary(sexesFile),
  genderIdentities: new Vocabulary(genderIdentitiesFile),
  exploitationForms: new Vocabulary<ExploitationFormEntry>(exploitationFormsFile as never),
  methodsOfControl: new Vocabulary(methodsOfControlFile),
  needs: new Vocabulary(needsFile),
  iloIndicators: new Vocabulary(iloIndicatorsFile),
  assessments: new Vocabulary(assessmentsFile),
  ageBands: new Vocabulary<AgeBandEntry>(ageBandsFile as never),
  relationshipsToTrafficker: new Vocabulary(relationshipsFile),
  recruitmentMethods: new Vocabulary(recruitmentMethodsFile),
  forcedLabourSectors: new Vocabulary(forcedLabourSectorsFile),
  sexualExploitationTypes: new Vocabulary(sexualExploitationTypesFile),
  perpetratorRoles: new Vocabulary(perpetratorRolesFile),
  organisationTypes: new Vocabulary<MappedEntry>(organisationTypesFile as never),
  institutions: new Vocabulary<MappedEntry>(institutionsFile as never),
  offences: new Vocabulary<OffenceEntry>(offencesFile as never),
} as const;

export type VocabularyName = keyof typeof Vocabularies;
