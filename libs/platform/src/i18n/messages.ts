import { currentContext } from '@relais/observability';
import en from './messages.en.json';
import fr from './messages.fr.json';

export type Language = 'fr' | 'en';
export type Catalogue = Record<string, string>;

const catalogues: Record<Language, Catalogue> = { fr: { ...fr }, en: { ...en } };

/** Each service adds its own texts (domain error codes, notification wording) at start-up. */
export function registerMessages(messages: Record<Language, Catalogue>): void {
  Object.assign(catalogues.fr, messages.fr);
  Object.assign(catalogues.en, messages.en);
}

export function hasMessage(key: string): boolean {
  return key in catalogues.fr;
}

/** `{name}` placeholders are filled from params; a missing text falls back to English, then the key. */
export function translate(key: string, params: Record<string, unknown> = {}, language: Language = currentLanguage()): string {
  const template = catalogues[language][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name], language) : whole));
}

/**
 * A value is shown in words where the catalogue names it (`value.trial` → « Procès », whichever
 * placeholder holds it), and a date as a date of the reader's language, in Mali's time (UTC): a
 * refusal is read by a person, not parsed.
 */
function formatParam(value: unknown, language: Language): string {
  // Lists are the codes a client may send (validation): shown as codes.
  if (Array.isArray(value)) return value.join(', ');
  if (value instanceof Date) return DATE_FORMATS[language].format(value);
  const key = `value.${String(value)}`;
  return catalogues[language][key] ?? catalogues.en[key] ?? String(value);
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
};

export function currentLanguage(): Language {
  return currentContext()?.language ?? 'fr';
}

/** French unless the caller prefers English (RFC 9110 Accept-Language, q-values honoured). */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'fr';
}
