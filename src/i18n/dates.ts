import { formattingLocale, type LanguageTable } from './languages';
import { dateStyleOptions, writeDate, type DateStyleName } from './writeDate.js';

/**
 * A day the way the language writes it: "12 januari 2023" (longDate), "januari 2023" (monthYear),
 * "jan." (shortMonth). From the build's calendar, which spares the page Intl's start-up; through Intl
 * for a language that has none.
 */
export function formatDay(languages: LanguageTable, language: string, style: DateStyleName, day: Date): string {
  const calendar = languages[language]?.calendar;
  if (calendar) return writeDate(calendar, style, day);
  return new Intl.DateTimeFormat(formattingLocale(languages, language), dateStyleOptions[style]).format(day);
}
