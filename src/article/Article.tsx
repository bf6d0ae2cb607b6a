import { useTranslation } from 'react-i18next';
import { articlePath } from '@/app/paths';
import { CiteThisPage } from '@/share/CiteThisPage';
import { PrintQrCode } from '@/share/PrintQrCode';
import { ArticleText } from './ArticleText';
import { ArticleSection } from './ArticleSection';
import { AuthorCard } from './AuthorCard';
import { LastUpdated } from './LastUpdated';
import { TranslationNotice } from './TranslationNotice';
import { sectionIds, type SectionId } from './articleModel';
import styles from './Article.module.css';

export const articleTitleId = 'article-title';

export function Article({ section }: { section: SectionId | null }) {
  const { t, i18n } = useTranslation('article');
  return (
    <article className={styles.article} aria-labelledby={articleTitleId}>
      <h1 id={articleTitleId} className={styles.title} tabIndex={-1}>
        {t('title')}
      </h1>
      <LastUpdated className={styles.lastUpdated} />
      <TranslationNotice />
      <p className={styles.lead}>{t('lead')}</p>
      <p>{t('intro')}</p>
      {sectionIds.map((id) => (
        <ArticleSection key={id} id={id} />
      ))}
      <AuthorCard />
      <CiteThisPage />
      <p>
        <ArticleText textKey="feedback" link="feedback" />
      </p>
      <PrintQrCode pagePath={articlePath(i18n.language, section)} />
    </article>
  );
}
