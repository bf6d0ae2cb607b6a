// Each language's calendar for the browser (src/i18n/writeDate.js): its date patterns, read off Node's
// Intl at build time, and checked against Intl for every day of two years before they are used. A
// language whose dates the patterns cannot write (another calendar than the Gregorian, say) gets
// none, and the browser writes its dates with Intl.
import { dateStyleOptions, writeDate } from '../../src/i18n/writeDate.js';

/**
 * @typedef {import('../../src/i18n/writeDate.js').Calendar} Calendar
 * @typedef {import('../../src/i18n/writeDate.js').DatePattern} DatePattern
 * @typedef {import('../../src/i18n/writeDate.js').DateStyleName} DateStyleName
 */

/** A day late enough in the month to show whether the day is written with a leading zero. */
const sampleDay = 2;

/**
 * @param {Intl.DateTimeFormat} format
 * @param {number} month  0 for January
 * @returns {DatePattern}
 */
function patternOf(format, month) {
  return format.formatToParts(new Date(Date.UTC(2001, month, sampleDay))).map((part) => {
    if (part.type === 'day' || part.type === 'year') return { field: part.type, minimumDigits: part.type === 'day' ? part.value.length : 1 };
    return part.value;
  });
}

const styleFormats = (/** @type {string} */ locale) =>
  /** @type {[DateStyleName, Intl.DateTimeFormat][]} */ (
    Object.entries(dateStyleOptions).map(([style, options]) => [style, new Intl.DateTimeFormat(locale, options)])
  );

/** @type {Map<string, Calendar | null>} */
const madeCalendars = new Map();

/**
 * A locale's calendar, made once per process: the collection is read several times a build, and on
 * every edit in `npm run dev`, and checking two years of days in every style is the slow part.
 * @param {string} locale  such as "nl-NL"
 * @returns {Calendar | null}  null where the patterns would write a day unlike Intl
 */
export function calendarOf(locale) {
  if (!madeCalendars.has(locale)) madeCalendars.set(locale, makeCalendar(locale));
  return madeCalendars.get(locale) ?? null;
}

/**
 * @param {string} locale
 * @returns {Calendar | null}
 */
function makeCalendar(locale) {
  const digitFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, digit) => digitFormat.format(digit)).join('');
  const formats = styleFormats(locale);
  const styles = /** @type {Record<DateStyleName, DatePattern[]>} */ (
    Object.fromEntries(formats.map(([style, format]) => [style, Array.from({ length: 12 }, (_, month) => patternOf(format, month))]))
  );
  const calendar = { digits, styles };
  return writesLikeIntl(calendar, formats) ? calendar : null;
}

/**
 * Whether the calendar writes every day of a leap year and of another year as Intl does, in every style.
 * @param {Calendar} calendar
 * @param {[DateStyleName, Intl.DateTimeFormat][]} formats
 */
function writesLikeIntl(calendar, formats) {
  for (const year of [2024, 2031]) {
    for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + 86_400_000)) {
      if (formats.some(([style, format]) => writeDate(calendar, style, day) !== format.format(day))) return false;
    }
  }
  return true;
}
