import countries from '../../../../../../libs/contracts/data/vocabularies/countries.json';
import exploitationForms from '../../../../../../libs/contracts/data/vocabularies/exploitation-forms.json';
import forcedLabourSectors from '../../../../../../libs/contracts/data/vocabularies/forced-labour-sectors.json';
import genderIdentities from '../../../../../../libs/contracts/data/vocabularies/gender-identities.json';
import iloIndicators from '../../../../../../libs/contracts/data/vocabularies/ilo-indicators.json';
import languages from '../../../../../../libs/contracts/data/vocabularies/languages.json';
import methodsOfControl from '../../../../../../libs/contracts/data/vocabularies/methods-of-control.json';
import needs from '../../../../../../libs/contracts/data/vocabularies/needs.json';
import perpetratorRoles from '../../../../../../libs/contracts/data/vocabularies/perpetrator-roles.json';
import recruitmentMethods from '../../../../../../libs/contracts/data/vocabularies/recruitment-methods.json';
import regions from '../../../../../../libs/contracts/data/vocabularies/regions.json';
import relationships from '../../../../../../libs/contracts/data/vocabularies/relationships-to-trafficker.json';
import sexes from '../../../../../../libs/contracts/data/vocabularies/sexes.json';
import sexualExploitationTypes from '../../../../../../libs/contracts/data/vocabularies/sexual-exploitation-types.json';
import assessments from '../../../../../../libs/contracts/data/vocabularies/assessments.json';
import identityDocumentTypes from '../../../../../../apps/intake/data/identity-document-types.json';

/**
 * The reference lists intake validates against, read from the same versioned data files at build
 * time (codes and their French and English labels), so the device checks exactly what the server
 * checks and a new code needs no change here. Only this lazily loaded form pays for them.
 */
interface Entry {
  code: string;
  label: { fr: string; en: string };
}
interface DataFile {
  values: Entry[];
}

const files = {
  countries, exploitationForms, forcedLabourSectors, genderIdentities, iloIndicators, languages, methodsOfControl, needs,
  perpetratorRoles, recruitmentMethods, regions, relationships, sexes, sexualExploitationTypes, assessments, identityDocumentTypes,
} satisfies Record<string, DataFile>;

export type ListName = keyof typeof files;

export function codes(name: ListName): string[] {
  return (files[name] as DataFile).values.map((v) => v.code);
}

export interface Option {
  value: string;
  label: string;
}

/** Options in the person's language, alphabetical for long lists (countries, languages), in file order otherwise. */
export function options(name: ListName, language: string): Option[] {
  const lang = language === 'en' ? 'en' : 'fr';
  const list = (files[name] as DataFile).values.map((v) => ({ value: v.code, label: capitalised(v.label[lang]) }));
  return list.length > 30 ? list.sort((a, b) => a.label.localeCompare(b.label, lang)) : list;
}

export function label(name: ListName, code: string, language: string): string {
  const entry = (files[name] as DataFile).values.find((v) => v.code === code);
  return entry ? capitalised(entry.label[language === 'en' ? 'en' : 'fr']) : code;
}

/** Some lists are written to sit inside a sentence ("hébergement"); an option stands alone. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
