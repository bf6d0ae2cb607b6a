import { useTranslation } from 'react-i18next';
import { formattingLocale } from '@/i18n/languages';
import { lastUpdated } from './articleModel';

export function LastUpdated({ className }: { className?: string }) {
  const { t, i18n } = useTranslation('article');
  // en-GB, not en: the article's English speaks of "12 January 2023".
  const formatted = new Intl.DateTimeFormat(formattingLocale(i18n.language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(lastUpdated);
  return (
    <p className={className}>
      <time dateTime={lastUpdated.toISOString().slice(0, 10)}>{t('lastUpdated', { date: formatted })}</time>
    </p>
  );
}
