// An article's dates tell a patient how current its advice is, so each must be a real day and the
// three must come in the order they happen.
import { isObject, reportUnknownFields } from './jsonShape.js';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day that exists in the calendar, written YYYY-MM-DD (so 2023-02-30 is not one).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isDay(value) {
  if (typeof value !== 'string' || !dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * @param {Record<string, unknown>} dates
 * @param {'lastUpdated' | 'lastReviewed' | 'nextReviewDue'} field
 * @param {boolean} required
 * @param {import('./jsonShape.js').Report} report
 * @returns {string | undefined}
 */
function readDay(dates, field, required, report) {
  const value = dates[field];
  if (value === undefined) {
    if (required) report(`dates.${field}`, `missing: every article needs "${field}", as YYYY-MM-DD`);
    return undefined;
  }
  if (isDay(value)) return value;
  report(`dates.${field}`, `${JSON.stringify(value)} is not a date: write it as YYYY-MM-DD, such as "2023-01-12"`);
  return undefined;
}

/**
 * nextReviewDue may be left out: the app then expects the next review three years after the last.
 * @param {unknown} dates
 * @param {import('./jsonShape.js').Report} report
 */
export function checkDates(dates, report) {
  if (dates === undefined) {
    report('dates', 'missing: every article needs "dates": { "lastUpdated": "YYYY-MM-DD", "lastReviewed": "YYYY-MM-DD" }');
    return;
  }
  if (!isObject(dates)) {
    report('dates', 'must be an object: { "lastUpdated": "YYYY-MM-DD", "lastReviewed": "YYYY-MM-DD", "nextReviewDue": "YYYY-MM-DD" }');
    return;
  }
  reportUnknownFields(dates, ['lastUpdated', 'lastReviewed', 'nextReviewDue'], 'dates', '"dates"', report);
  const lastUpdated = readDay(dates, 'lastUpdated', true, report);
  const lastReviewed = readDay(dates, 'lastReviewed', true, report);
  const nextReviewDue = readDay(dates, 'nextReviewDue', false, report);
  // YYYY-MM-DD strings sort as the days do.
  if (lastUpdated && lastReviewed && lastReviewed < lastUpdated) {
    report('dates.lastReviewed', `${lastReviewed} is before lastUpdated, ${lastUpdated}: a review looks at the text as last updated, so it cannot come first`);
  }
  if (lastReviewed && nextReviewDue && nextReviewDue <= lastReviewed) {
    report('dates.nextReviewDue', `${nextReviewDue} is not after lastReviewed, ${lastReviewed}: the next review must come later`);
  }
}
