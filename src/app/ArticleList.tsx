import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dayOf } from '@/collection/article';
import type { ArticleSummary } from '@/collection/store';
import { usePrefetchArticle } from '@/collection/usePrefetchArticle';
import { longDate } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { articlePath } from '@/routing/addresses';
import styles from './ArticleList.module.css';

function ArticleLink({ article, language, title }: { article: ArticleSummary; language: string; title: string }) {
  return (
    <Link to={articlePath(language, article)} className={styles.link} {...usePrefetchArticle(article.id, language)}>
      {title}
    </Link>
  );
}

/** The articles a language has: title, lead and when each was last updated, newest first. */
export function ArticleList({ articles, language }: { articles: readonly ArticleSummary[]; language: string }) {
  const { t } = useTranslation();
  const dateFormat = longDate(useLanguages(), language);
  const here = articles
    .filter((article) => article.translations[language])
    .sort((a, b) => b.dates.lastUpdated.localeCompare(a.dates.lastUpdated));
  if (here.length === 0) return <p>{t('collection.none')}</p>;
  return (
    <ul className={styles.list}>
      {here.map((article) => {
        const translation = article.translations[language];
        return translation ? (
          <li key={article.id} className={styles.item}>
            <h2 className={styles.title}>
              <ArticleLink article={article} language={language} title={translation.title} />
            </h2>
            <p className={styles.lead}>{translation.lead}</p>
            <p className={styles.updated}>
              <time dateTime={article.dates.lastUpdated}>
                {t('collection.lastUpdated', { date: dateFormat.format(dayOf(article.dates.lastUpdated)) })}
              </time>
            </p>
          </li>
        ) : null;
      })}
    </ul>
  );
}
