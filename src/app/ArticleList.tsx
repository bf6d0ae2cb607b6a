import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dayOf } from '@/collection/article';
import type { ArticleSummary } from '@/collection/store';
import { usePrefetchArticle } from '@/collection/usePrefetchArticle';
import { formatDay } from '@/i18n/dates';
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

/** YYYY-MM-DD strings sort as the days do; not localeCompare, whose collator is slow to start. */
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The articles a language has: title, lead and when each was last updated, newest first. */
export function ArticleList({ articles, language }: { articles: readonly ArticleSummary[]; language: string }) {
  const { t } = useTranslation();
  const languages = useLanguages();
  const here = articles
    .filter((article) => article.translations[language])
    .sort((a, b) => newestFirst(a.dates.lastUpdated, b.dates.lastUpdated));
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
                {t('collection.lastUpdated', { date: formatDay(languages, language, 'longDate', dayOf(article.dates.lastUpdated)) })}
              </time>
            </p>
          </li>
        ) : null;
      })}
    </ul>
  );
}
