import { Link } from 'react-router-dom';
import { languageCodes } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { saveLanguage } from '@/i18n/preferredLanguage';
import { collectionPath } from '@/routing/addresses';
import styles from '@/styles/links.module.css';

/** Links to the collection in each language but `except`, each named in its own language. */
export function OtherLanguages({ except }: { except?: string }) {
  const languages = useLanguages();
  const others = languageCodes(languages).filter((code) => code !== except);
  if (others.length === 0) return null;
  return (
    <ul className={styles.links}>
      {others.map((code) => (
        <li key={code} lang={code}>
          <Link to={collectionPath(code)} hrefLang={code} className={styles.link} onClick={() => saveLanguage(code)}>
            {languages[code]?.name ?? code}
          </Link>
        </li>
      ))}
    </ul>
  );
}
