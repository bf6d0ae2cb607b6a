import { useTranslation } from 'react-i18next';
import { PageLayout } from '@/layout/PageLayout';
import { ArticleLinks } from './ArticleLinks';
import { useDocumentMeta } from './documentMeta';

/** An unknown address: say so plainly, in the reader's language, and offer the way back. */
export function NotFound() {
  const { t, i18n } = useTranslation();
  useDocumentMeta(
    { language: i18n.language, title: t('notFound.pageTitle'), description: t('notFound.explanation') },
    404,
  );
  return (
    <PageLayout>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.explanation')}</p>
      <ArticleLinks />
    </PageLayout>
  );
}
