import languages from '../../../../../libs/contracts/data/vocabularies/languages.json';
import needs from '../../../../../libs/contracts/data/vocabularies/needs.json';
import regions from '../../../../../libs/contracts/data/vocabularies/regions.json';
import sexes from '../../../../../libs/contracts/data/vocabularies/sexes.json';

/**
 * Labels of the codes the referral service answers with, from the same versioned vocabularies the
 * services validate against, so a new code needs no change here.
 */
interface DataFile {
  values: { code: string; label: { fr: string; en: string } }[];
}

const files = { languages, needs, regions, sexes } satisfies Record<string, DataFile>;
export type ListName = keyof typeof files;

const lang = (language: string) => (language === 'en' ? 'en' : 'fr');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function label(name: ListName, code: string, language: string): string {
  const entry = (files[name] as DataFile).values.find((v) => v.code === code);
  return entry ? capitalised(entry.label[lang(language)]) : code;
}

/** A label shared by two codes (languages: `wo` and `wol`) names its code, so the two can be told apart. */
export function options(name: ListName, language: string): { value: string; label: string }[] {
  const values = (files[name] as DataFile).values;
  const count = new Map<string, number>();
  for (const v of values) count.set(v.label[lang(language)], (count.get(v.label[lang(language)]) ?? 0) + 1);
  const list = values.map((v) => {
    const text = capitalised(v.label[lang(language)]);
    return { value: v.code, label: (count.get(v.label[lang(language)]) ?? 0) > 1 ? `${text} (${v.code})` : text };
  });
  return list.length > 30 ? list.sort((a, b) => a.label.localeCompare(b.label, lang(language))) : list;
}
