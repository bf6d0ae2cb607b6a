import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { formatDay } from '@/i18n/dates';
import { useLanguages } from '@/i18n/LanguagesContext';
import { useReviewOverdue } from './useReviewOverdue';
import styles from './ReviewOverdueNotice.module.css';

/** Once an article's next review has passed: when it was last checked, and what that means for the reader. */
export function ReviewOverdueNotice() {
  const { t, i18n } = useTranslation();
  const { dates } = useArticle();
  const languages = useLanguages();
  const overdue = useReviewOverdue();
  if (!overdue) return null;
  const lastReviewed = formatDay(languages, i18n.language, 'longDate', dayOf(dates.lastReviewed));
  return (
    <div role="note" className={styles.notice}>
      <p>{t('review.overdue.lastChecked', { date: lastReviewed })}</p>
      <p>{t('review.overdue.advice')}</p>
    </div>
  );
}
