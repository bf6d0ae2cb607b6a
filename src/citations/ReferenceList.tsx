import { references, referenceAnchor } from './references';
import styles from './ReferenceList.module.css';

/** The sources as the article prints them: published in English, so never translated. */
export function ReferenceList() {
  return (
    <ol className={styles.list}>
      {references.map((reference) => (
        <li key={reference.n} id={referenceAnchor(reference.n)} className={styles.entry} tabIndex={-1} lang="en">
          {reference.asPrinted}
        </li>
      ))}
    </ol>
  );
}
