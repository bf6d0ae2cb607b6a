import { describe, expect, it } from 'vitest';
import { nlmDate, vancouverCitation } from '@/share/vancouverCitation';
import { writeDate } from '@/i18n/writeDate.js';
import { calendarOf } from '../../scripts/collection/calendar.js';

/** Months abbreviated as the app abbreviates them: from the calendar the build makes for the locale. */
function shortMonthIn(locale: string) {
  const calendar = calendarOf(locale);
  if (!calendar) throw new Error(`The build makes no calendar for ${locale}.`);
  return (day: Date) => writeDate(calendar, 'shortMonth', day);
}

const common = {
  authors: ['Tazelaar G'],
  place: 'Utrecht',
  publisher: 'ALS Centrum Nederland',
  year: 2023,
  updated: new Date(Date.UTC(2023, 0, 12)),
  cited: new Date(Date.UTC(2026, 10, 24)),
};

describe('vancouverCitation', () => {
  it('cites the Dutch original in Dutch', () => {
    expect(
      vancouverCitation({
        ...common,
        title: 'Vitamine B12 en ALS',
        url: 'https://example.org/nl/',
        shortMonth: shortMonthIn('nl-NL'),
        labels: { internet: 'Internet', updated: 'bijgewerkt', cited: 'geraadpleegd', availableFrom: 'Beschikbaar via', translationOf: 'Vertaling van' },
      }),
    ).toBe(
      'Tazelaar G. Vitamine B12 en ALS [Internet]. Utrecht: ALS Centrum Nederland; 2023 ' +
        '[bijgewerkt 2023 jan 12; geraadpleegd 2026 nov 24]. Beschikbaar via: https://example.org/nl/',
    );
  });

  it('cites the English page as a translation of the original', () => {
    expect(
      vancouverCitation({
        ...common,
        title: 'Vitamin B12 and ALS',
        originalTitle: 'Vitamine B12 en ALS',
        url: 'https://example.org/en/',
        shortMonth: shortMonthIn('en-GB'),
        labels: { internet: 'Internet', updated: 'updated', cited: 'cited', availableFrom: 'Available from', translationOf: 'Translation of' },
      }),
    ).toBe(
      'Tazelaar G. Vitamin B12 and ALS [Internet]. Translation of: Vitamine B12 en ALS. Utrecht: ALS Centrum Nederland; 2023 ' +
        '[updated 2023 Jan 12; cited 2026 Nov 24]. Available from: https://example.org/en/',
    );
  });

  it('writes dates year, month, day', () => {
    expect(nlmDate(new Date(Date.UTC(2026, 4, 3)), shortMonthIn('en-GB'))).toBe('2026 May 3');
    expect(nlmDate(new Date(Date.UTC(2026, 2, 31)), shortMonthIn('nl-NL'))).toBe('2026 mrt 31');
  });
});
