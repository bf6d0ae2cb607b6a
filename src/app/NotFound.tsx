import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@/collection/store';
import { useSummaries } from '@/collection/useCollectionData';
import { useDocumentMeta } from '@/layout/documentMeta';
import { ArticleInLanguages } from './ArticleInLanguages';
import { ArticleList } from './ArticleList';
import { OtherLanguages } from './OtherLanguages';
import { PageLayout } from './PageLayout';

const noSubscription = () => () => {};
const inBrowser = () => true;
const prerendered = () => false;

export interface NotFoundProps {
  /** An article the address names, which this language does not have. */
  article?: ArticleSummary;
}

/** An unknown address: say so plainly, in the reader's language, and offer the way on. */
export function NotFound({ article }: NotFoundProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const summaries = useSummaries();
  // A host serves one not-found page per language, so what only this address can say (the article
  // is in other languages) appears once the browser has taken the page over, never while hydrating.
  const showArticleElsewhere = useSyncExternalStore(noSubscription, inBrowser, prerendered) && article;
  useDocumentMeta({ language, title: t('notFound.pageTitle'), description: t('notFound.explanation') }, 404);
  return (
    <PageLayout>
      <h1>{t('notFound.heading')}</h1>
      {showArticleElsewhere ? (
        <>
          <p>{t('notFound.untranslated')}</p>
          <ArticleInLanguages article={showArticleElsewhere} />
        </>
      ) : null}
      <p>{t('notFound.explanation')}</p>
      {summaries ? <ArticleList articles={summaries} language={language} /> : null}
      <OtherLanguages except={language} />
    </PageLayout>
  );
}
