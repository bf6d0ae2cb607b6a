import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { formatDay } from '@/i18n/dates';
import { useLanguages } from '@/i18n/LanguagesContext';
import styles from './ReviewDates.module.css';

/** When the article was last updated, and the month of its next review. */
export function ReviewDates() {
  const { t, i18n } = useTranslation();
  const { dates } = useArticle();
  const text = useArticleText();
  const languages = useLanguages();
  const updated = formatDay(languages, i18n.language, 'longDate', dayOf(dates.lastUpdated));
  const reviewMonth = formatDay(languages, i18n.language, 'monthYear', dayOf(dates.nextReviewDue));
  return (
    <p className={styles.dates}>
      <span className={styles.dateList}>
        <time dateTime={dates.lastUpdated}>{text('lastUpdated', { date: updated })}</time>
        <time dateTime={dates.nextReviewDue}>{t('review.nextReview', { month: reviewMonth })}</time>
      </span>
    </p>
  );
}
