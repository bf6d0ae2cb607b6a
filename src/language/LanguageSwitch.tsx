import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useOptionalArticle } from '@/collection/ArticleContext';
import { whenReachedFor } from '@/collection/usePrefetchArticle';
import { loadTexts } from '@/i18n/createI18n';
import { languageCodes } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { saveLanguage } from '@/i18n/preferredLanguage';
import { useLanguagePaths } from '@/routing/LanguagePaths';
import styles from './LanguageSwitch.module.css';

/** Links to the same place in every language, each named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const languages = useLanguages();
  const pathIn = useLanguagePaths();
  const article = useOptionalArticle();
  const navigate = useNavigate();
  const latestChoice = useRef('');
  // The query stays too: a translator in show-keys mode keeps it in the other language.
  const { search, hash } = useLocation();

  // The other language's text is fetched when the reader reaches for its link, so that a click
  // finds it there and the page changes language in one step.
  const namespacesIn = (language: string) => (article?.translations[language] ? ['ui', article.id] : ['ui']);
  const prepare = (language: string) => loadTexts(i18n, language, namespacesIn(language));
  const isReady = (language: string) =>
    namespacesIn(language).every((namespace) => i18n.hasResourceBundle(language, namespace));

  const follow = (event: MouseEvent<HTMLAnchorElement>, language: string, to: string) => {
    // A new tab or window (a modifier key, the middle button) is the browser's own business.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    saveLanguage(language);
    latestChoice.current = to;
    if (isReady(language)) return;
    event.preventDefault();
    // Offline, or the server gone: a full load lets the server or the service worker answer.
    prepare(language).then(
      () => {
        // A later click on another language has the last word.
        if (latestChoice.current === to) void navigate(to);
      },
      () => window.location.assign(to),
    );
  };

  return (
    <nav className={styles.switch} aria-label={t('language.switchLabel')}>
      <ul className={styles.list}>
        {languageCodes(languages).map((language) => {
          const to = pathIn(language) + search + hash;
          return (
            <li key={language}>
              <Link
                className={styles.link}
                to={to}
                lang={language}
                hrefLang={language}
                aria-current={language === i18n.language ? 'page' : undefined}
                {...whenReachedFor(() => void prepare(language).catch(() => {}))}
                onClick={(event) => follow(event, language, to)}
              >
                {languages[language]?.name ?? language}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
