import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useArticle } from '@/collection/ArticleContext';
import { useArticleText } from '@/collection/useArticleText';
import { CopyLinkButton } from '@/share/CopyLinkButton';
import { Backlinks } from './Backlinks';
import { citationPlaces, placesCiting, referenceAnchor } from './citationPlaces';
import { ReferenceLinks } from './ReferenceLinks';
import { StudyKind } from './StudyKind';
import styles from './ReferenceList.module.css';

/** The sources, numbered as cited: each as printed, its links, and the way back to where it is cited. */
export function ReferenceList() {
  const { t } = useTranslation();
  const article = useArticle();
  const text = useArticleText();
  const { pathname } = useLocation();
  const places = citationPlaces(article, text);
  return (
    <ol className={styles.list}>
      {article.references.map((reference) => (
        <li key={reference.n} id={referenceAnchor(reference.n)} className={styles.entry} tabIndex={-1}>
          {/* Published in English, so never translated. */}
          <span className={styles.asPrinted} lang="en">
            {reference.asPrinted}
          </span>
          {reference.kind ? <StudyKind referenceNumber={reference.n} className={styles.kind} /> : null}
          {reference.doi ? <span className={styles.printedDoi}>{t('citation.printedDoi', { doi: reference.doi })}</span> : null}
          <span className={styles.actions}>
            <ReferenceLinks reference={reference}>
              <CopyLinkButton
                path={`${pathname}#${referenceAnchor(reference.n)}`}
                label={t('sharing.copyReferenceLink', { number: reference.n })}
              />
            </ReferenceLinks>
          </span>
          <Backlinks places={placesCiting(places, reference.n)} />
        </li>
      ))}
    </ol>
  );
}
