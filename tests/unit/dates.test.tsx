import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay } from '@/i18n/dates';
import type { LanguageTable } from '@/i18n/languages';
import { dateStyleOptions, writeDate, type DateStyleName } from '@/i18n/writeDate.js';
import { calendarOf } from '../../scripts/collection/calendar.js';
import { renderApp } from './renderApp';

const styles = Object.keys(dateStyleOptions) as DateStyleName[];

/** The first day of every month of every fifth year from 1990 to 2060, and the last day of each. */
const days = Array.from({ length: 15 }, (_, step) => 1990 + step * 5).flatMap((year) =>
  Array.from({ length: 12 }, (_, month) => [new Date(Date.UTC(year, month, 1)), new Date(Date.UTC(year, month + 1, 0))]).flat(),
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a calendar made at build time', () => {
  // Day first or last, year first, words between, a leading zero, another script's digits.
  it.each(['nl-NL', 'en-GB', 'en-US', 'de-DE', 'hu-HU', 'zh-CN', 'ar-EG', 'ca-ES'])('writes dates in %s as Intl does', (locale) => {
    const calendar = calendarOf(locale);
    expect(calendar).not.toBeNull();
    for (const day of days) {
      for (const style of styles) {
        expect(writeDate(calendar!, style, day)).toBe(new Intl.DateTimeFormat(locale, dateStyleOptions[style]).format(day));
      }
    }
  });

  it('is not made for a locale with another calendar, whose dates Intl then writes', () => {
    const languages: LanguageTable = { fa: { name: 'فارسی', formattingLocale: 'fa-IR', calendar: calendarOf('fa-IR') } };
    expect(languages.fa?.calendar).toBeNull();
    const day = new Date(Date.UTC(2026, 2, 21));
    expect(formatDay(languages, 'fa', 'longDate', day)).toBe(new Intl.DateTimeFormat('fa-IR', dateStyleOptions.longDate).format(day));
  });
});

describe('an article page', () => {
  // Intl's first date format costs a phone a long pause while the page comes to life.
  it('writes its dates without Intl', () => {
    const IntlDateFormat = Intl.DateTimeFormat;
    const dateFormat = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof IntlDateFormat>) {
      return new IntlDateFormat(...args);
    } as typeof IntlDateFormat);
    renderApp('/nl/vitamine-b12-en-als/');
    expect(screen.getByText('Laatst bijgewerkt op 12 januari 2023')).toBeInTheDocument();
    expect(dateFormat).not.toHaveBeenCalled();
  });
});
