import { useSyncExternalStore } from 'react';
import { useArticle } from '@/collection/ArticleContext';
import { useBuildDay } from '@/collection/BuildDayContext';
import { isReviewOverdue, localDay } from '@/collection/reviewDates';

// The day changes too slowly to be worth watching while a page is open.
const subscribeToNothing = () => () => {};

/**
 * Whether the article's next review has passed. The prerendered page says what its build day said;
 * the browser then judges by the reader's own clock, since the page may be read years later.
 */
export function useReviewOverdue(): boolean {
  const { dates } = useArticle();
  const buildDay = useBuildDay();
  return useSyncExternalStore(
    subscribeToNothing,
    () => isReviewOverdue(dates, localDay(new Date())),
    () => buildDay !== undefined && isReviewOverdue(dates, buildDay),
  );
}
