import { Suspense, useEffect } from 'react';
import { useArticle } from '@/collection/ArticleContext';
import { useArticleText } from '@/collection/useArticleText';
import { layOutInFullWhenIdle } from '@/layout/layOutInFull';
import { CiteThisPage } from '@/share/CiteThisPage';
import { PrintQrCode } from '@/share/PrintQrCode';
import { ListenButton } from '@/readAloud/ListenButton';
import { ArticleSection } from './ArticleSection';
import { AuthorCard } from './AuthorCard';
import { Blocks } from './Blocks';
import { OutdatedTranslation } from './OutdatedTranslation';
import { ReviewDates } from './ReviewDates';
import { ReviewOverdueNotice } from './ReviewOverdueNotice';
import { TranslationNotice } from './TranslationNotice';
import styles from './Article.module.css';

export const articleTitleId = 'article-title';

export interface ArticleBodyProps {
  pagePath: string;
  /** The section the page's address names, if any. */
  section: string | null;
}

/** The whole article, in the order its content folder gives. */
export function ArticleBody({ pagePath, section: addressedSection }: ArticleBodyProps) {
  const article = useArticle();
  const text = useArticleText();
  useEffect(() => layOutInFullWhenIdle(), []);
  return (
    <article className={addressedSection ? styles.article : styles.openedAtTop} aria-labelledby={articleTitleId}>
      <h1 id={articleTitleId} className={styles.title} tabIndex={-1}>
        {text('title')}
      </h1>
      <ListenButton />
      <ReviewDates />
      <ReviewOverdueNotice />
      <TranslationNotice />
      <OutdatedTranslation textKeys={['title', 'lead']} sectionId={null}>
        <p className={styles.lead}>{text('lead')}</p>
      </OutdatedTranslation>
      <Blocks sectionId={null} blocks={article.introduction} />
      {/* A boundary each, so React hydrates and commits the sections one by one: a commit of the
          whole article at once held the main thread for 25-30 ms in Lighthouse's traces. Nothing in them suspends. */}
      {article.sections.map((section) => (
        <Suspense key={section.id} fallback={null}>
          <ArticleSection section={section} addressed={section.id === addressedSection} />
        </Suspense>
      ))}
      <AuthorCard />
      <CiteThisPage />
      <Blocks sectionId={null} blocks={article.closing} />
      <PrintQrCode pagePath={pagePath} />
    </article>
  );
}
