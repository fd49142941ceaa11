export type Catalogue = { [key: string]: string | Catalogue };
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Deep-merges catalogues; a key defined twice is a mistake between two features, so it throws. */
export function mergeCatalogues(target: Catalogue, source: Catalogue, origin: string): Catalogue {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && (existing === undefined || typeof existing === 'object')) {
      target[key] = mergeCatalogues(existing ?? {}, value, origin);
    } else if (existing !== undefined) {
      throw new Error(`i18n key "${key}" defined twice (last in ${origin})`);
    } else {
      target[key] = value;
    }
  }
  return target;
}

/** `../../features/officer/i18n/fr.json` → `fr` (undefined for a file that is not a language). */
export function languageOf(path: string): Language | undefined {
  const name = path.split('/').pop()?.replace(/\.json$/, '');
  return LANGUAGES.find((l) => l === name);
}

/** Every catalogue file, grouped by language, merged into one namespace per language. */
export function buildResources(files: Record<string, Catalogue>): Record<Language, Catalogue> {
  const resources: Record<Language, Catalogue> = { fr: {}, en: {} };
  for (const [path, catalogue] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const language = languageOf(path);
    if (language) mergeCatalogues(resources[language], catalogue, path);
  }
  return resources;
}

/** Keys present in one language and missing in the other: each text exists in French and English. */
export function missingKeys(a: Catalogue, b: Catalogue, prefix = ''): string[] {
  return Object.entries(a).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const other = b[key];
    if (typeof value === 'object') return typeof other === 'object' ? missingKeys(value, other, path) : [path];
    return other === undefined ? [path] : [];
  });
}
