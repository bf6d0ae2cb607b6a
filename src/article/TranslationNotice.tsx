import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { sourceLanguage } from '@/i18n/languages';
import { RichText } from '@/i18n/RichText';
import { articlePath } from '@/routing/addresses';
import styles from './TranslationNotice.module.css';

/** Tells readers of a translation that the Dutch text is the original, and where it is. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  if (i18n.language === sourceLanguage) return null;
  return (
    <p className={styles.notice}>
      <RichText
        text={t('translationNotice')}
        tags={{
          link: <Link to={articlePath(sourceLanguage, article)} lang={sourceLanguage} hrefLang={sourceLanguage} />,
        }}
      />
    </p>
  );
}
