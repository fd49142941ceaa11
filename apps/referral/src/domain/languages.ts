import { Vocabularies } from '@relais/contracts';

/**
 * The language vocabulary holds a language under its ISO 639-1 code and, for languages of the
 * region, its 639-2/3 code as well (`bm` and `bam` are both Bambara). Entries with the same English
 * name are the same language, so an interpreter listed with `bm` serves a person recorded with `bam`.
 */
function languageKey(code: string): string {
  const entry = Vocabularies.languages.get(code);
  return entry ? entry.label.en.toLowerCase() : code.toLowerCase();
}

export function speaksAny(agencyLanguages: readonly string[], personLanguages: readonly string[]): boolean {
  const spoken = new Set(agencyLanguages.map(languageKey));
  return personLanguages.some((code) => spoken.has(languageKey(code)));
}
