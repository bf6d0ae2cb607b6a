import { useTranslation } from 'react-i18next';
import { lastUpdated } from './articleModel';

export function LastUpdated({ className }: { className?: string }) {
  const { t } = useTranslation(['article', 'ui']);
  // en-GB, not en: the article's English speaks of "12 January 2023".
  const formatted = new Intl.DateTimeFormat(t('ui:language.formattingLocale'), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(lastUpdated);
  return (
    <p className={className}>
      <time dateTime={lastUpdated.toISOString().slice(0, 10)}>{t('lastUpdated', { date: formatted })}</time>
    </p>
  );
}
