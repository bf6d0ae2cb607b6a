import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { articlePath } from '@/app/paths';
import { sourceLanguage } from '@/i18n/languages';
import { RichText } from '@/i18n/RichText';
import styles from './TranslationNotice.module.css';

/** Tells readers of a translation that the Dutch text is the original, and where it is. */
export function TranslationNotice() {
  const { i18n } = useTranslation();
  if (i18n.language === sourceLanguage) return null;
  return (
    <p className={styles.notice}>
      <RichText
        ns="ui"
        i18nKey="translationNotice"
        tags={{ link: <Link to={articlePath(sourceLanguage)} lang={sourceLanguage} hrefLang={sourceLanguage} /> }}
      />
    </p>
  );
}
