import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { formattingLocale, longDate } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import styles from './ReviewDates.module.css';

/** When the article was last updated, and the month of its next review. */
export function ReviewDates() {
  const { t, i18n } = useTranslation();
  const { dates } = useArticle();
  const text = useArticleText();
  const languages = useLanguages();
  // en-GB, not en: the article's English speaks of "12 January 2023".
  const updated = longDate(languages, i18n.language).format(dayOf(dates.lastUpdated));
  const reviewMonth = new Intl.DateTimeFormat(formattingLocale(languages, i18n.language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayOf(dates.nextReviewDue));
  return (
    <p className={styles.dates}>
      <span className={styles.dateList}>
        <time dateTime={dates.lastUpdated}>{text('lastUpdated', { date: updated })}</time>
        <time dateTime={dates.nextReviewDue}>{t('review.nextReview', { month: reviewMonth })}</time>
      </span>
    </p>
  );
}
