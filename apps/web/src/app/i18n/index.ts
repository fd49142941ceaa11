import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, type Language, LANGUAGES } from './merge';

// The shell's catalogues plus each area's own (src/features/<area>/i18n/{fr,en}.json and
// src/offline/i18n/{fr,en}.json), found at build time: an area adds texts without touching this
// file. One chunk per language, fetched while /config.json is: a French phone does not download
// the English texts (≈ 12 KB gzipped), and no start waits on a dozen small files.
const catalogues: Record<Language, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./catalogue.fr'),
  en: () => import('./catalogue.en'),
};

/** Every text of one language, all areas merged (a key defined twice throws). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return (await catalogues[language]()).default;
}

const STORAGE_KEY = 'relais.language';

function initialLanguage(): Language {
  // Only the chosen language is kept on the device: no personal data.
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'fr';
}

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

export async function initI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  // French is the fallback for a key missing in English, so it is always there.
  const needed: Language[] = language === 'fr' ? ['fr'] : ['fr', language];
  const catalogues = await Promise.all(needed.map(loadCatalogue));
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(needed.map((l, i) => [l, { translation: catalogues[i] }])),
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}
