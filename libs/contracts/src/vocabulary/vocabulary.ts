export type Language = 'fr' | 'en';

export interface VocabularyEntry {
  code: string;
  label: Record<Language, string>;
}

export interface VocabularyFile<E extends VocabularyEntry> {
  name: string;
  version: string;
  source: string;
  values: E[];
}

/** A reference list loaded from its versioned data file, with typed look-ups. */
export class Vocabulary<E extends VocabularyEntry = VocabularyEntry> {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly entries: readonly E[];
  readonly codes: readonly string[];
  private readonly byCode: ReadonlyMap<string, E>;

  constructor(file: VocabularyFile<E>) {
    this.name = file.name;
    this.version = file.version;
    this.source = file.source;
    this.entries = Object.freeze([...file.values]);
    this.codes = Object.freeze(file.values.map((v) => v.code));
    this.byCode = new Map(file.values.map((v) => [v.code, v]));
  }

  has(code: unknown): code is string {
    return typeof code === 'string' && this.byCode.has(code);
  }

  get(code: string): E | undefined {
    return this.byCode.get(code);
  }

  label(code: string, language: Language = 'fr'): string {
    return this.byCode.get(code)?.label[language] ?? code;
  }
}
