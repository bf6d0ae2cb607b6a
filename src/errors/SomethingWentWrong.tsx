import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentMeta } from '@/layout/documentMeta';
import { collectionPath } from '@/routing/addresses';
import styles from './SomethingWentWrong.module.css';

/**
 * What a reader sees when the page broke. It stands outside the router and the page layout, which
 * may be what failed, so its links are plain addresses that load the page afresh.
 */
export function SomethingWentWrong() {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentMeta({
    language: i18n.language,
    title: t('somethingWentWrong.pageTitle'),
    description: t('somethingWentWrong.explanation'),
  });

  useEffect(() => {
    // The page changed under the reader; a screen reader should start reading here.
    heading.current?.focus();
  }, []);

  // Without its fragment: a link to the very same address and fragment would only scroll.
  const thisPage = window.location.pathname + window.location.search;
  return (
    <main className={styles.page}>
      <h1 ref={heading} tabIndex={-1} className={styles.heading}>
        {t('somethingWentWrong.heading')}
      </h1>
      <p>{t('somethingWentWrong.explanation')}</p>
      <ul className={styles.links}>
        <li>
          <a href={thisPage} className={styles.link}>
            {t('somethingWentWrong.reload')}
          </a>
        </li>
        <li>
          <a href={collectionPath(i18n.language)} className={styles.link}>
            {t('somethingWentWrong.toCollection')}
          </a>
        </li>
      </ul>
    </main>
  );
}
