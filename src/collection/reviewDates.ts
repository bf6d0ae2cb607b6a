import type { Article } from './article';

/** Whether the article's next review was due before `day` (YYYY-MM-DD): it has not been checked since. */
export function isReviewOverdue(dates: Article['dates'], day: string): boolean {
  // YYYY-MM-DD strings sort as the days do.
  return day > dates.nextReviewDue;
}

/** The reader's own calendar day, in their time zone, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}
