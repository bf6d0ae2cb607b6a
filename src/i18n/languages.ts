/** Dutch is the original text; every other language is a translation of it. */
export const sourceLanguage = 'nl';

/** What the app needs of a language before any of its text has arrived. */
export interface LanguageFacts {
  /** The language's name for itself ("Nederlands"). */
  name: string;
  /** The locale it writes dates in ("en-GB"). */
  formattingLocale: string;
}

/** Every language of the site, the source language first, then the others in alphabetical order. */
export type LanguageTable = Readonly<Record<string, LanguageFacts>>;

export function languageCodes(languages: LanguageTable): string[] {
  return Object.keys(languages);
}

export function isSupportedLanguage(languages: LanguageTable, candidate: unknown): candidate is string {
  return typeof candidate === 'string' && Object.hasOwn(languages, candidate);
}

export function formattingLocale(languages: LanguageTable, language: string): string {
  return languages[language]?.formattingLocale ?? language;
}

/** A day written out the way the language writes dates ("12 januari 2023", "12 January 2023"). */
export function longDate(languages: LanguageTable, language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(formattingLocale(languages, language), { dateStyle: 'long', timeZone: 'UTC' });
}
