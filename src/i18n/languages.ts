import type { Calendar } from './writeDate.js';

/** Dutch is the original text; every other language is a translation of it. */
export const sourceLanguage = 'nl';

/** What the app needs of a language before any of its text has arrived. */
export interface LanguageFacts {
  /** The language's name for itself ("Nederlands"). */
  name: string;
  /** The locale it writes dates in ("en-GB"). */
  formattingLocale: string;
  /** Its dates, written ahead by the build (see writeDate.js); null where only Intl can write them. */
  calendar: Calendar | null;
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
