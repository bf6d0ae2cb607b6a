import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { sourceLanguage } from '@/i18n/languages';
import { RichText } from '@/i18n/RichText';
import { articlePath } from '@/routing/addresses';
import { useOutdated } from './useTranslationStatus';
import styles from './OutdatedTranslation.module.css';

/** Says that a part of the translation may be out of date, and leads to the same part in Dutch. */
export function OutdatedTranslationNote({ sectionId }: { sectionId: string | null }) {
  const { t } = useTranslation();
  const article = useArticle();
  return (
    <p className={styles.note}>
      <RichText
        text={t('outdatedTranslation.note')}
        tags={{
          link: <Link to={articlePath(sourceLanguage, article, sectionId)} lang={sourceLanguage} hrefLang={sourceLanguage} />,
        }}
      />
    </p>
  );
}

export interface OutdatedTranslationProps {
  /** The strings the part shows. */
  textKeys: readonly string[];
  sectionId: string | null;
  children: ReactNode;
}

/** A part of the article, marked with a note if the Dutch of any of its strings changed since its translation. */
export function OutdatedTranslation({ textKeys, sectionId, children }: OutdatedTranslationProps) {
  if (!useOutdated(textKeys)) return children;
  return (
    <div className={styles.outdated}>
      {children}
      <OutdatedTranslationNote sectionId={sectionId} />
    </div>
  );
}
