// Plain JavaScript, so the build (scripts/collection/calendar.js) checks its tables with the very
// function the app writes dates with.
//
// The browser writes dates from these tables, made at build time by Node's Intl, rather than with its
// own Intl: in Chromium the first Intl object a page makes loads ICU's locale data, 25–50 ms of main
// thread on a fast machine and several times that on a phone, all while the page is hydrating. The
// prerendered HTML and the browser then also agree to the letter, whatever ICU each one has.

/**
 * @typedef {{ field: 'day' | 'year', minimumDigits: number }} DateNumber
 * @typedef {(string | DateNumber)[]} DatePattern  literal text, with the day and year to fill in
 * @typedef {{ digits: string, styles: Record<DateStyleName, DatePattern[]> }} Calendar
 *   `digits`: the language's ten digits, 0 to 9; `styles`: a pattern for each month, January first
 * @typedef {'longDate' | 'monthYear' | 'shortMonth'} DateStyleName
 *   "12 januari 2023", "januari 2023", "jan."
 */

/** The Intl options each style stands for, in UTC: a day in the content is a calendar day. */
export const dateStyleOptions = /** @type {const} */ ({
  longDate: { dateStyle: 'long', timeZone: 'UTC' },
  monthYear: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortMonth: { month: 'short', timeZone: 'UTC' },
});

/**
 * A day written in a style of a language's calendar.
 * @param {Calendar} calendar
 * @param {DateStyleName} style
 * @param {Date} day  midnight UTC of the day
 * @returns {string}
 */
export function writeDate(calendar, style, day) {
  const pattern = calendar.styles[style][day.getUTCMonth()] ?? [];
  /** @param {DateNumber} part */
  const number = ({ field, minimumDigits }) =>
    String(field === 'day' ? day.getUTCDate() : day.getUTCFullYear())
      .padStart(minimumDigits, '0')
      .replace(/\d/g, (digit) => calendar.digits[Number(digit)] ?? digit);
  return pattern.map((part) => (typeof part === 'string' ? part : number(part))).join('');
}
