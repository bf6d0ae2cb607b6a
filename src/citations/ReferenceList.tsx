import { useTranslation } from 'react-i18next';
import { Backlinks } from './Backlinks';
import { citationPlaces, placesCiting } from './citationPlaces';
import { ReferenceLinks } from './ReferenceLinks';
import { references, referenceAnchor } from './references';
import { StudyKind } from './StudyKind';
import styles from './ReferenceList.module.css';

/** The sources, numbered as cited: each as printed, its links, and the way back to where it is cited. */
export function ReferenceList() {
  const { t } = useTranslation('article');
  const places = citationPlaces((key) => t(key));
  return (
    <ol className={styles.list}>
      {references.map((reference) => (
        <li key={reference.n} id={referenceAnchor(reference.n)} className={styles.entry} tabIndex={-1}>
          {/* Published in English, so never translated. */}
          <span className={styles.asPrinted} lang="en">
            {reference.asPrinted}
          </span>
          {reference.kind ? <StudyKind referenceNumber={reference.n} className={styles.kind} /> : null}
          <ReferenceLinks reference={reference} />
          <Backlinks places={placesCiting(places, reference.n)} />
        </li>
      ))}
    </ol>
  );
}
