import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { articlePath } from '@/app/paths';
import { useCurrentSection } from '@/contents/ActiveSection';
import { resources, supportedLanguages } from '@/i18n/languages';
import { saveLanguage } from '@/i18n/preferredLanguage';
import styles from './LanguageSwitch.module.css';

/** Each language's name in that language, from its own ui.json. */
export function languageName(language: string): string {
  const ui = resources[language]?.ui as { language?: { name?: string } } | undefined;
  return ui?.language?.name ?? language;
}

/** Links to the same place in every language, each named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const currentSection = useCurrentSection();
  // The query stays too: a translator in show-keys mode keeps it in the other language.
  const { search, hash } = useLocation();
  return (
    <nav className={styles.switch} aria-label={t('language.switchLabel')}>
      <ul className={styles.list}>
        {supportedLanguages.map((language) => (
          <li key={language}>
            <Link
              className={styles.link}
              to={articlePath(language, currentSection) + search + hash}
              lang={language}
              hrefLang={language}
              aria-current={language === i18n.language ? 'page' : undefined}
              onClick={() => saveLanguage(language)}
            >
              {languageName(language)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
