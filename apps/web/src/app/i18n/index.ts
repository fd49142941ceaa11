import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { buildResources, type Catalogue, type Language, LANGUAGES } from './merge';

// The shell's catalogues plus each area's own (src/features/<area>/i18n/{fr,en}.json and
// src/offline/i18n/{fr,en}.json), found at build time: an area adds texts without touching this file.
const files = import.meta.glob<Catalogue>(['./*.json', '../../features/*/i18n/*.json', '../../offline/i18n/*.json'], {
  eager: true,
  import: 'default',
});

export const resources = buildResources(files);
const STORAGE_KEY = 'relais.language';

function initialLanguage(): Language {
  // Only the chosen language is kept on the device: no personal data.
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'fr';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: resources.fr }, en: { translation: resources.en } },
    lng: initialLanguage(),
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}
