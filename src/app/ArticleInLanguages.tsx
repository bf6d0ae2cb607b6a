import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ArticleSummary } from '@/collection/store';
import { useLanguages } from '@/i18n/LanguagesContext';
import { saveLanguage } from '@/i18n/preferredLanguage';
import { articlePath } from '@/routing/addresses';
import styles from '@/styles/links.module.css';

/** An article in every language that has it, each title in its own language. */
export function ArticleInLanguages({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  const languages = useLanguages();
  return (
    <ul className={styles.links}>
      {Object.entries(article.translations).map(([language, translation]) => (
        <li key={language} lang={language}>
          <Link
            to={articlePath(language, article)}
            hrefLang={language}
            className={styles.link}
            onClick={() => saveLanguage(language)}
          >
            {t('language.articleIn', { title: translation.title, language: languages[language]?.name ?? language })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
