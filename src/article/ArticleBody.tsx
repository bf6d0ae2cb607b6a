import { useArticle } from '@/collection/ArticleContext';
import { useArticleText } from '@/collection/useArticleText';
import { CiteThisPage } from '@/share/CiteThisPage';
import { PrintQrCode } from '@/share/PrintQrCode';
import { ListenButton } from '@/readAloud/ListenButton';
import { ArticleSection } from './ArticleSection';
import { AuthorCard } from './AuthorCard';
import { Blocks } from './Blocks';
import { LastUpdated } from './LastUpdated';
import { TranslationNotice } from './TranslationNotice';
import styles from './Article.module.css';

export const articleTitleId = 'article-title';

/** The whole article, in the order its content folder gives. */
export function ArticleBody({ pagePath }: { pagePath: string }) {
  const article = useArticle();
  const text = useArticleText();
  return (
    <article className={styles.article} aria-labelledby={articleTitleId}>
      <h1 id={articleTitleId} className={styles.title} tabIndex={-1}>
        {text('title')}
      </h1>
      <ListenButton />
      <LastUpdated className={styles.lastUpdated} />
      <TranslationNotice />
      <p className={styles.lead}>{text('lead')}</p>
      <Blocks sectionId={null} blocks={article.introduction} />
      {article.sections.map((section) => (
        <ArticleSection key={section.id} section={section} />
      ))}
      <AuthorCard />
      <CiteThisPage />
      <Blocks sectionId={null} blocks={article.closing} />
      <PrintQrCode pagePath={pagePath} />
    </article>
  );
}
