import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { languageName } from '@/language/LanguageSwitch';
import { supportedLanguages } from '@/i18n/languages';
import { saveLanguage } from '@/i18n/preferredLanguage';
import { articlePath } from './paths';
import styles from './ArticleLinks.module.css';

/** The article in every language, each link written in its own language. */
export function ArticleLinks() {
  const { i18n } = useTranslation();
  return (
    <ul className={styles.links}>
      {supportedLanguages.map((language) => (
        <li key={language} lang={language}>
          <Link
            to={articlePath(language)}
            hrefLang={language}
            className={styles.link}
            onClick={() => saveLanguage(language)}
          >
            {i18n.getFixedT(language)('language.articleIn', {
              title: i18n.getFixedT(language, 'article')('title'),
              language: languageName(language),
            })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
