import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { longDate } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';

export function LastUpdated({ className }: { className?: string }) {
  const { i18n } = useTranslation();
  const { dates } = useArticle();
  const text = useArticleText();
  // en-GB, not en: the article's English speaks of "12 January 2023".
  const formatted = longDate(useLanguages(), i18n.language).format(dayOf(dates.lastUpdated));
  return (
    <p className={className}>
      <time dateTime={dates.lastUpdated}>{text('lastUpdated', { date: formatted })}</time>
    </p>
  );
}
