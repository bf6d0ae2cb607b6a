import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { dayOf } from '@/collection/article';
import { formatDay } from '@/i18n/dates';
import { sourceLanguage } from '@/i18n/languages';
import { useLanguages } from '@/i18n/LanguagesContext';
import { RichText } from '@/i18n/RichText';
import { articlePath } from '@/routing/addresses';
import { useTranslationStatus } from './useTranslationStatus';
import styles from './TranslationNotice.module.css';

/** Tells readers of a translation that the Dutch text is the original, and where it is. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  const languages = useLanguages();
  const translatedFrom = useTranslationStatus()?.translatedFrom;
  if (i18n.language === sourceLanguage) return null;
  const notice = translatedFrom
    ? t('translationNoticeDated', { date: formatDay(languages, i18n.language, 'longDate', dayOf(translatedFrom)) })
    : t('translationNotice');
  return (
    <p className={styles.notice}>
      <RichText
        text={notice}
        tags={{
          link: <Link to={articlePath(sourceLanguage, article)} lang={sourceLanguage} hrefLang={sourceLanguage} />,
        }}
      />
    </p>
  );
}
