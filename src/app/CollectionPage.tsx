import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSummaries } from '@/collection/useCollectionData';
import { languageCodes } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { useDocumentMeta } from '@/layout/documentMeta';
import { articlePath, collectionPath, onlyArticleIn } from '@/routing/addresses';
import { ArticleList } from './ArticleList';
import { Arriving } from './Arriving';
import { OtherLanguages } from './OtherLanguages';
import { PageLayout } from './PageLayout';

/**
 * /<language>/: the articles in that language. While the collection holds a single article in it,
 * the address leads straight to that article instead (the server answers with a 302).
 */
export function CollectionPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const languages = useLanguages();
  const summaries = useSummaries();
  const navigate = useNavigate();
  const otherLanguagesId = useId();
  const only = summaries && onlyArticleIn(summaries, language);
  const single = only ? articlePath(language, only) : undefined;

  useDocumentMeta({
    language,
    title: t('collection.pageTitle'),
    description: t('collection.description'),
    addresses: {
      canonical: collectionPath(language),
      alternates: Object.fromEntries(languageCodes(languages).map((code) => [code, collectionPath(code)])),
    },
  });
  useEffect(() => {
    if (single) void navigate(single, { replace: true });
  }, [single, navigate]);

  if (!summaries || single) return <Arriving />;
  return (
    <PageLayout>
      <h1>{t('collection.heading')}</h1>
      <ArticleList articles={summaries} language={language} />
      <section aria-labelledby={otherLanguagesId}>
        <h2 id={otherLanguagesId}>{t('collection.otherLanguages')}</h2>
        <OtherLanguages except={language} />
      </section>
    </PageLayout>
  );
}
